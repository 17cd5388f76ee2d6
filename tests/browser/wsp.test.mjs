// Werkgeversservicepunt pages (docs/wsp.md) as the demo account manager `wsp`: the overview with
// questions over the 48-hour norm, the one view of an employer with its SROI obligation, the
// shortlist with reasons per criterion, and proposing a candidate from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, rendered, assertAccessibleBasics, shot } from './lib.mjs';

test('wsp: overview, employer view, shortlist and propose', { skip: !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)' }, async () => {
  const b = await launch();
  try {
    const page = await b.page();
    await open(page, '#/inloggen');
    await page.getByLabel('Gebruikersnaam').fill('wsp');
    await page.getByLabel('Wachtwoord').fill('wsp-demo-2026');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();

    await page.getByRole('link', { name: 'Werkgeversservicepunt' }).first().click();
    await rendered(page);
    await page.getByRole('heading', { level: 1, name: 'Werkgeversservicepunt' }).waitFor();
    const open_ = page.getByRole('table', { name: 'Openstaande vragen van werkgevers' });
    assert.ok((await open_.getByText('Over tijd (48 uur)').count()) >= 1, 'overdue questions are marked');
    assert.ok((await page.getByRole('table', { name: 'Aandeel vragen binnen 48 uur beantwoord' }).locator('tbody tr').count()) >= 1);
    await assertAccessibleBasics(page);

    await page.getByRole('table', { name: 'Werkgevers', exact: true }).getByRole('link', { name: 'Schoon & Sociaal Schoonmaak BV' }).click();
    await rendered(page);
    await page.getByRole('heading', { level: 1, name: 'Schoon & Sociaal Schoonmaak BV' }).waitFor();
    await page.getByText('ja, lopende verplichting').waitFor();
    await page.getByRole('table', { name: 'Contracten met een social-return-verplichting' }).waitFor();
    await assertAccessibleBasics(page);

    await open(page, '#/vacatures/5');
    await page.getByRole('heading', { level: 1, name: 'Shortlist: Orderpicker' }).waitFor();
    const list = page.getByRole('table', { name: 'Shortlist, beste eerst' });
    const rows = list.locator('tbody tr');
    const n = await rows.count();
    assert.ok(n >= 1 && n <= 7, `at most the 7 wanted (${n})`);
    assert.ok((await rows.first().getByText('Vereiste vaardigheden:').count()) === 1, 'reasons per criterion');
    const button = list.getByRole('button', { name: 'Voorstellen' }).first();
    await button.click();
    await page.getByRole('status').getByText(/is voorgesteld aan Logistiek Centrum Bleiswijk BV/).waitFor();
    await assertAccessibleBasics(page);
    await shot(page, 'wsp-shortlist');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
