// Menus per role (issue 14): the menu shows exactly the pages the role may open, as the server's
// authorisation tables say (GET /api/v1/session -> permissions); every menu page opens without
// "Geen toegang", passes axe-core and does not scroll sideways, at desktop width and at 375 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, rendered, loginWith, menuLabels, assertAxe, assertNoPageOverflow, shot, PHONE, DESKTOP } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';

// Demo accounts (docs/web.md) and the menu each must get: worked out by hand from the tables in
// src/web/authz*.c and wsp_guard.c (docs/ui.md, "Pages per role").
const ROLES = [
  ['srteam', 'srteam-demo-2026', ['Werkvoorraad', 'Contract registreren', 'Contracten', 'Opdrachtnemers', 'Werkgeversservicepunt',
    'Banenafspraak', 'Uitnodigingslog', 'SEBO-register', 'Dashboard', 'Afrekening', 'Ontbrekende SROI', 'Rekenhulp'], ['#/audit', '#/gebruikers', '#/inkoop/nieuw', '#/inkoop/ocds', '#/portaal']],
  ['beheer', 'beheer-demo-2026', ['Auditlog', 'Werkvoorraad', 'Gebruikers', 'Instellingen', 'Contracten', 'Opdrachtnemers', 'Werkgeversservicepunt',
    'Banenafspraak', 'Uitnodigingslog', 'SEBO-register', 'Dashboard', 'Afrekening', 'Ontbrekende SROI', 'TenderNed-import', 'Rekenhulp'], ['#/contracten/nieuw', '#/inkoop/nieuw', '#/portaal']],
  ['inkoop', 'inkoop-demo-2026', ['Contract registreren', 'Contracten', 'Opdrachtnemers', 'Banenafspraak', 'Inkoop vastleggen',
    'Uitnodigingslog', 'SEBO-register', 'Dashboard', 'Afrekening', 'Ontbrekende SROI', 'TenderNed-import', 'Rekenhulp'], ['#/werkvoorraad', '#/werkgevers', '#/audit']],
  ['groenwerk', 'groenwerk-demo-2026', ['Mijn contracten', 'Offerteaanvragen SEBO', 'Rekenhulp'], ['#/contracten', '#/opdrachtnemers', '#/sebo', '#/dashboard']],
  ['wsp', 'wsp-demo-2026', ['Start', 'Contracten', 'Opdrachtnemers', 'Werkgeversservicepunt', 'Banenafspraak', 'SEBO-register',
    'Dashboard', 'Afrekening', 'Rekenhulp'], ['#/werkvoorraad', '#/contracten/nieuw', '#/audit']],
  ['po', 'po-demo-2026', ['Start', 'Banenafspraak', 'Dashboard', 'Afrekening', 'Rekenhulp'], ['#/contracten', '#/werkgevers', '#/sebo']],
  ['raad', 'raad-demo-2026', ['Dashboard', 'Banenafspraak', 'Afrekening', 'Rekenhulp'], ['#/contracten', '#/werkgevers', '#/banen/nieuw']],
];

// MENU_ROLES=srteam,wsp limits a run by hand to some roles.
const only = process.env.MENU_ROLES ? process.env.MENU_ROLES.split(',') : null;
for (const [user, password, menu, refused] of ROLES.filter(([u]) => !only || only.includes(u))) {
  test(`menu van ${user}: precies de toegestane pagina's, elk bereikbaar, toegankelijk en zonder zijwaarts scrollen`, { skip }, async () => {
    const b = await launch();
    try {
      const page = await b.page();
      await loginWith(page, user, password);
      assert.deepEqual(await menuLabels(page), menu);
      for (const [label, viewport] of [['desktop', DESKTOP], ['375', PHONE]]) {
        await page.setViewportSize(viewport);
        for (const item of menu) {
          await page.locator('#nav-list').getByRole('link', { name: item, exact: true }).click();
          await rendered(page);
          const h1 = (await page.locator('main h1').textContent()).trim();
          assert.ok(!/Geen toegang|Er ging iets mis|niet gevonden/i.test(h1), `${user} ${item}: ${h1}`);
          await assertAxe(page, `${user} ${item} ${label}`);
          await assertNoPageOverflow(page, `${user} ${item} ${label}`);
          await shot(page, `menu-${user}-${item.replace(/\W+/g, '_')}-${label}`);
        }
      }
      await page.setViewportSize(DESKTOP);
      for (const hash of refused) {
        await open(page, hash);
        assert.equal((await page.locator('main h1').textContent()).trim(), 'Geen toegang', `${user} ${hash}`);
      }
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}
