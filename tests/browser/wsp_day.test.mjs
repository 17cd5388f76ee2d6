// The WSP account manager's day in the browser only (issue 14), at desktop width and at 375 px:
// add an employer, answer a question (its 48-hour clock stops), record a contact moment, add a
// vacancy, read the shortlist (a candidate missing a required skill is said plainly), ask for fewer
// candidates, propose one (focus lands on the result) and place it (the placement and its
// banenafspraak outcome in one step). axe-core and page-level horizontal overflow on every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, rendered, loginWith, assertAccessibleBasics, assertAxe, assertNoPageOverflow, shot, day, makeBsn, PHONE, DESKTOP } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';

async function check(page, name) {
  await assertAccessibleBasics(page);
  await assertAxe(page, name);
  await assertNoPageOverflow(page, name);
  await shot(page, name);
}

for (const [label, viewport] of [['desktop', DESKTOP], ['375', PHONE]]) {
  test(`wsp-accountmanager, ${label}: werkgever, vraag, contactmoment, vacature, shortlist, voorstellen en plaatsen`, { skip }, async () => {
    const b = await launch();
    try {
      const page = await b.page();
      await page.setViewportSize(viewport);
      await loginWith(page, 'wsp', 'wsp-demo-2026');
      if (label === '375') await page.setViewportSize(viewport);
      await page.locator('#nav-list').getByRole('link', { name: 'Werkgeversservicepunt' }).click();
      await rendered(page);
      await check(page, `wsp-${label}-overzicht`);

      // Answer the first open question: it leaves the open list, the clock stops.
      const openTable = page.getByRole('table', { name: 'Openstaande vragen van werkgevers' });
      const before = await openTable.locator('tbody tr').count();
      const subject = (await openTable.locator('tbody tr').first().locator('th').textContent()).trim();
      await openTable.locator('tbody tr').first().locator('summary').click();
      await openTable.locator('tbody tr').first().getByLabel('Antwoord').fill('Ja, dat kan; wij bellen u morgen.');
      await openTable.locator('tbody tr').first().getByRole('button', { name: 'Antwoord opslaan' }).click();
      await page.getByRole('status').getByText(`De vraag "${subject}" is beantwoord; de 48-uursklok is gestopt.`).waitFor();
      await rendered(page);
      const after = page.getByRole('table', { name: 'Openstaande vragen van werkgevers' });
      assert.equal(await after.locator('tbody tr').count(), before - 1, 'answered question left the open list');

      // Add an employer; its page opens.
      const kvk = String(60000000 + Math.floor(Math.random() * 9999999));
      const name = `Testbedrijf ${label} ${kvk}`;
      await page.locator('summary', { hasText: 'Werkgever toevoegen' }).click();
      const ef = page.locator('#employer-new');
      await ef.getByRole('button', { name: 'Werkgever toevoegen' }).click();
      await ef.locator('.error-summary').getByText('Vul KvK-nummer in.').waitFor();
      await ef.getByLabel('KvK-nummer').fill(kvk);
      await ef.getByLabel('Naam').fill(name);
      await ef.getByLabel('Gemeente').selectOption({ label: 'Zoetermeer' });
      await ef.getByLabel('Grootte').selectOption('klein');
      await ef.getByRole('button', { name: 'Werkgever toevoegen' }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await rendered(page);
      await page.getByText(`Werkgever ${name} is toegevoegd.`).waitFor();

      // A contact moment.
      await page.locator('summary', { hasText: 'Contactmoment vastleggen' }).click();
      await page.getByLabel('Soort contact').selectOption('bezoek');
      await page.getByLabel('Notitie').fill('Kennismaking op locatie');
      await page.getByRole('button', { name: 'Contactmoment opslaan' }).click();
      await page.getByText(/Het contactmoment van .* is vastgelegd\./).waitFor();
      await rendered(page);
      await page.getByRole('table', { name: 'Contactmomenten' }).getByText('Kennismaking op locatie').waitFor();
      await check(page, `wsp-${label}-werkgever`);

      // A vacancy with two required skills: the shortlist opens.
      await page.locator('summary', { hasText: 'Vacature toevoegen' }).click();
      const vf = page.locator('#vacancy-new');
      await vf.getByLabel('Functie').fill(`Medewerker ${label}`);
      await vf.getByLabel('Uren per week, minimaal').fill('12');
      await vf.getByLabel('Uren per week, maximaal').fill('0');
      await vf.getByLabel('Startdatum').fill(day(60).nl);
      await vf.getByLabel('Gevraagd aantal kandidaten').fill('8');
      const req = vf.getByRole('group', { name: /Vereiste vaardigheden/ }).getByRole('checkbox');
      await req.nth(0).check();
      await req.nth(1).check();
      await vf.getByRole('button', { name: 'Vacature toevoegen' }).click();
      // the server's own message for hours min above max, at the field
      await vf.locator('.error-summary').getByText(/uren/i).first().waitFor();
      await vf.getByLabel('Uren per week, maximaal').fill('36');
      await vf.getByRole('button', { name: 'Vacature toevoegen' }).click();
      await page.getByRole('heading', { level: 1, name: `Shortlist: Medewerker ${label}` }).waitFor();
      await rendered(page);
      const list = page.getByRole('table', { name: 'Shortlist, beste eerst' });
      const rows = list.locator('tbody tr');
      assert.ok((await rows.count()) >= 1, 'shortlist has candidates');
      // Every candidate lacking a required skill is marked, and the page says how many.
      const lacking = await list.getByText(/^Mist vereist:/).count();
      const zeroOf = await list.getByText(/Vereiste vaardigheden: 0 van 40/).count();
      assert.ok(lacking >= zeroOf, 'every 0-of-40 candidate is marked');
      if (lacking) {
        await page.locator('#missing-skills').getByText(new RegExp(`${lacking} van de \\d+ kandidaten`)).waitFor();
        assert.equal(await list.getByRole('button', { name: /^Toch voorstellen/ }).count() + await list.getByText('Voorgesteld').count() >= lacking, true);
      }
      await check(page, `wsp-${label}-shortlist`);

      // Ask for fewer candidates.
      if (lacking) {
        await page.locator('#missing-skills').getByLabel('Gevraagd aantal kandidaten').fill('2');
        await page.locator('#missing-skills').getByRole('button', { name: 'Aantal aanpassen' }).click();
        await page.getByText('De werkgever vraagt nu 2 kandidaten.').waitFor();
        await rendered(page);
        assert.ok((await page.getByRole('table', { name: 'Shortlist, beste eerst' }).locator('tbody tr').count()) <= 2);
      }

      // Propose the best candidate: focus goes to the result message.
      const first = page.getByRole('table', { name: 'Shortlist, beste eerst' }).locator('tbody tr').first();
      const cand = (await first.locator('td').first().textContent()).match(/Kandidaat (\d+)/)[1];
      await first.getByRole('button', { name: /voorstellen/i }).click();
      await page.locator('#shortlist-result').getByText(`Kandidaat ${cand} is voorgesteld aan ${name}.`).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'shortlist-result');

      // Place the candidate: placement and banenafspraak outcome in one step.
      await first.locator('summary', { hasText: 'Plaatsen' }).click();
      await first.getByLabel('Soort contract').selectOption('tijdelijk');
      await first.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
      await page.locator('#shortlist-result').getByText(new RegExp(`Kandidaat ${cand} is geplaatst bij .*banenafspraak`)).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'shortlist-result');
      await check(page, `wsp-${label}-geplaatst`);

      await page.getByRole('link', { name }).first().click();
      await rendered(page);
      await page.getByRole('table', { name: 'Plaatsingen bij deze werkgever' }).getByText(`Kandidaat ${cand}`).waitFor();
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('wsp: een werkgeverspagina linkt alleen naar contracten die de wsp mag openen', { skip }, async () => {
  const b = await launch();
  try {
    const page = await b.page();
    await loginWith(page, 'wsp', 'wsp-demo-2026');
    await page.goto(`${BASE}/#/werkgevers`);
    await rendered(page);
    const employers = await page.getByRole('table', { name: 'Werkgevers', exact: true }).locator('tbody tr th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    let links = 0;
    for (const href of employers) {
      await page.goto(`${BASE}/${href}`);
      await rendered(page);
      const targets = await page.locator('main a[href^="#/contracten/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const t of targets) {
        links += 1;
        await page.goto(`${BASE}/${t}`);
        await rendered(page);
        const h1 = (await page.locator('main h1').textContent()).trim();
        assert.ok(!/Geen toegang|Niet gevonden/.test(h1), `${href} -> ${t}: ${h1}`);
        await page.goto(`${BASE}/${href}`);
        await rendered(page);
      }
    }
    assert.ok(links >= 1, 'at least one employer links a contract in scope');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('wsp: kandidaat registreren (elfproef in de browser, dan opgeslagen)', { skip }, async () => {
  const b = await launch();
  try {
    const page = await b.page();
    await loginWith(page, 'wsp', 'wsp-demo-2026');
    await page.goto(`${BASE}/#/werkgevers`);
    await rendered(page);
    await page.locator('summary', { hasText: 'Kandidaat registreren' }).click();
    const f = page.locator('#candidate-new');
    await f.getByLabel('BSN').fill('123456789');
    await f.getByLabel('Gemeente').selectOption({ label: 'Zoetermeer' });
    await f.getByLabel('Opleiding').selectOption('mbo2');
    await f.getByLabel('Uren per week, minimaal').fill('16');
    await f.getByLabel('Uren per week, maximaal').fill('32');
    await f.getByLabel('Postcode (4 cijfers)').fill('2711');
    await f.getByLabel('Reisafstand in km').fill('10');
    await f.getByLabel('Beschikbaar vanaf').fill(day(7).nl);
    await f.getByLabel(/toestemming/).check();
    await f.getByRole('group', { name: /Vaardigheden/ }).getByRole('checkbox').first().check();
    await f.getByRole('button', { name: 'Kandidaat registreren' }).click();
    await f.locator('.error-summary').getByText(/elfproef/).waitFor();
    await f.getByLabel('BSN').fill(makeBsn());
    await f.getByRole('button', { name: 'Kandidaat registreren' }).click();
    await page.getByRole('status').getByText(/Kandidaat \d+ is geregistreerd\./).waitFor();
    await assertAxe(page, 'kandidaat geregistreerd');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
