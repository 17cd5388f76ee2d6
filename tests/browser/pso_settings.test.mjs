// PSO and the municipality settings (issue 16), tried as the users would: beheer sets Zoetermeer's
// local postcode areas (a backwards range is refused at the field and nothing is saved) and lets
// trede 2 cover 50 % in the policy version of 06-01-2020; the SR-team records a trede-2 certificate
// for Schoon & Sociaal (a period that ends before it begins is refused at the field), sees the
// contract's obligation covered by EUR 60,000.00, withdraws the certificate per 01-06-2025 and sees
// EUR 36,013.14 covered. Beheer then takes the level out again and puts the postcode areas back as
// the demo had them, so the tests after this one find the demo data as it was. Desktop, then the
// same pages at 375 px (with inkoop,
// who may read the certificates but not record them). axe-core, no page-level overflow and a
// screenshot on every page state. Demo accounts of docs/web.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'playwright-core';
import { BASE, launch, open, rendered, loginWith, logout, assertAxe, assertNoPageOverflow, shot, PHONE, DESKTOP } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';
const BEHEER = ['beheer', 'beheer-demo-2026'], SR = ['srteam', 'srteam-demo-2026'], INKOOP = ['inkoop', 'inkoop-demo-2026'];
const KVK = '58221904', NAME = 'Schoon & Sociaal Schoonmaak BV', CONTRACT = 'ZTM-2022-014';
const POLICY = '2020-01-06';            // Zoetermeer 2020, shown as 06-01-2020
const OWN = '2711-2729, 2730', REGION = '2641-2665';

async function check(page, name) {
  await assertAxe(page, name);
  await assertNoPageOverflow(page, name);
  await shot(page, `pso-${name}`);
}

// Beheer's menu entry, then Zoetermeer in the municipality chooser.
async function openSettings(page) {
  await page.locator('#nav-list').getByRole('link', { name: 'Instellingen', exact: true }).click();
  await rendered(page);
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Gemeente-instellingen');
  await page.locator('#municipality-form').getByLabel('Gemeente').selectOption({ label: 'Zoetermeer' });
  await page.locator('#municipality-form').getByRole('button', { name: 'Toon' }).click();
  await page.waitForFunction(() => window.location.hash.includes('gemeente=zoetermeer'));
  await rendered(page);
  await page.getByText('Instellingen van Zoetermeer.').waitFor();
}

// The contractor as the SR-team finds it: in the list of contractors (paging on), by its KvK number.
async function openContractor(page) {
  await open(page, '#/opdrachtnemers');
  for (let i = 0; i < 10; i++) {
    const row = page.locator('#contractor-table tbody tr', { hasText: KVK });
    if (await row.count()) {
      await row.getByRole('link', { name: NAME }).click();
      break;
    }
    await page.getByRole('link', { name: 'Volgende ›' }).click();
    await rendered(page);
  }
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await rendered(page);
  await page.getByRole('heading', { level: 2, name: 'PSO-certificaten' }).waitFor();
}

async function openContract(page) {
  await open(page, `#/contracten?q=${CONTRACT}`);
  await page.getByRole('link', { name: CONTRACT, exact: true }).first().click();
  await page.getByRole('heading', { level: 2, name: 'Verplichting en voortgang' }).waitFor();
  await rendered(page);
}

const policySection = (page) => page.locator(`#pso-${POLICY}`);
const levelRow = (page, label) => page.locator(`#pso-table-${POLICY} tbody tr`, { has: page.getByRole('rowheader', { name: label, exact: true }) });

// Whatever happens in a test, the demo data is left as found: the level out of the table, the
// areas as they were as far as the API allows (through the API, as beheer).
let before = null;
async function restore() {
  const ctx = await request.newContext({ baseURL: BASE });
  try {
    const s = await (await ctx.post('/api/v1/session', { data: { username: BEHEER[0], password: BEHEER[1] } })).json();
    const headers = { 'X-CSRF-Token': s.csrf_token };
    const now = await (await ctx.get('/api/v1/municipalities/zoetermeer/postcodes')).json();
    if (!before) before = now;
    else if (now.postcodes !== before.postcodes || now.region !== before.region) {
      // back to what the demo had (an empty text empties a scope)
      await ctx.put('/api/v1/municipalities/zoetermeer/postcodes', { headers, data: { postcodes: before.postcodes, region: before.region } });
    }
    await ctx.delete(`/api/v1/municipalities/zoetermeer/pso-tables/${POLICY}/levels/trede-2`, { headers });
    await ctx.delete('/api/v1/session', { headers });
  } finally {
    await ctx.dispose();
  }
}

test('PSO en gemeente-instellingen: postcodegebieden, PSO-tabel, certificaat vastleggen en intrekken (desktop)', { skip }, async () => {
  await restore();   // notes the areas as found
  const b = await launch();
  try {
    const page = await b.page();
    await page.setViewportSize(DESKTOP);

    // 1. Beheer: the settings page, first the default municipality, then Zoetermeer.
    await loginWith(page, ...BEHEER);
    await page.locator('#nav-list').getByRole('link', { name: 'Instellingen', exact: true }).click();
    await rendered(page);
    await page.getByRole('heading', { level: 2, name: 'Lokale postcodegebieden' }).waitFor();
    await check(page, 'instellingen-eerste-gemeente-desktop');
    await openSettings(page);
    const own = page.getByLabel('Postcodegebieden van Zoetermeer');
    const region = page.getByLabel('Postcodegebieden van de regio');
    assert.equal(await own.inputValue(), before.postcodes);
    assert.equal(await region.inputValue(), before.region);
    await check(page, 'instellingen-zoetermeer-desktop');

    // 2. A range typed backwards: the error at the field, nothing saved.
    await own.fill('2729-2711');
    await region.fill(REGION);
    await page.getByRole('button', { name: 'Postcodegebieden opslaan' }).click();
    const ownError = page.locator('#postcodes-own-error');
    await ownError.getByText(/2729-2711 loopt achteruit/).waitFor();
    assert.equal(await own.getAttribute('aria-invalid'), 'true');
    assert.equal(await region.getAttribute('aria-invalid'), null);
    await check(page, 'postcodes-fout-desktop');
    await page.reload();
    await rendered(page);
    assert.equal(await page.getByLabel('Postcodegebieden van Zoetermeer').inputValue(), before.postcodes, 'nothing saved');
    assert.equal(await page.getByLabel('Postcodegebieden van de regio').inputValue(), before.region, 'nothing saved, also not the region');

    // 3. The right areas, read back after a reload.
    await page.getByLabel('Postcodegebieden van Zoetermeer').fill(OWN);
    await page.getByLabel('Postcodegebieden van de regio').fill(REGION);
    await page.getByRole('button', { name: 'Postcodegebieden opslaan' }).click();
    await page.getByText('De postcodegebieden van Zoetermeer zijn opgeslagen.').waitFor();
    await rendered(page);
    await page.reload();
    await rendered(page);
    assert.equal(await page.getByLabel('Postcodegebieden van Zoetermeer').inputValue(), OWN);
    assert.equal(await page.getByLabel('Postcodegebieden van de regio').inputValue(), REGION);
    await check(page, 'postcodes-opgeslagen-desktop');

    // 4. PSO: the policy of 06-01-2020 does not accept PSO yet; a percentage over 100 is refused.
    const section = policySection(page);
    await section.getByRole('heading', { level: 3, name: /06-01-2020/ }).waitFor();
    await section.getByText('Dit beleid accepteert PSO niet').waitFor();
    assert.equal((await levelRow(page, 'trede 2').locator('td').first().textContent()).trim(), '–');
    await section.getByLabel('Trede').selectOption({ label: 'trede 2' });
    await section.getByLabel('Gedekt deel van de verplichting').fill('150');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await section.locator(`#pso-pct-${POLICY}-error`).getByText(/van 0 tot en met 100/).waitFor();
    await check(page, 'pso-tabel-fout-desktop');
    await section.getByLabel('Gedekt deel van de verplichting').fill('50');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/In Zoetermeer 2020 dekt trede 2 nu 50\s%/).waitFor();
    await rendered(page);
    assert.match(await levelRow(page, 'trede 2').locator('td').first().textContent(), /^50\s%$/);
    assert.equal((await levelRow(page, 'trede 1').locator('td').first().textContent()).trim(), '–');
    await policySection(page).getByText('Dit beleid accepteert PSO.').waitFor();
    await page.locator('#pso-2016-01-01').getByText('Dit beleid accepteert PSO niet').waitFor();   // the other version untouched
    await check(page, 'pso-tabel-desktop');
    await logout(page);

    // 5. The SR-team: the contractor has no certificate yet; a period ending before it begins is refused.
    await loginWith(page, ...SR);
    await openContractor(page);
    await page.getByText('Er is geen PSO-certificaat vastgelegd.').waitFor();
    assert.equal(await page.locator('#pso-withdraw-form').count(), 0, 'nothing to withdraw yet');
    await check(page, 'opdrachtnemer-zonder-certificaat-desktop');
    const cert = page.locator('#pso-certificate-form');
    await cert.getByLabel('Trede').selectOption({ label: 'trede 2' });
    await cert.getByLabel('Geldig vanaf').fill('01-01-2022');
    await cert.getByLabel('Geldig tot en met').fill('31-12-2021');
    await cert.getByRole('button', { name: 'Certificaat vastleggen' }).click();
    await page.locator('#pso-valid-until-error').getByText(/Geldig tot ligt vóór geldig vanaf/).waitFor();
    assert.equal(await cert.getByLabel('Geldig tot en met').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('p#pso-certificates').count(), 1, 'still no certificate');
    await check(page, 'certificaat-fout-desktop');

    // 6. The right period: recorded, listed, and the contract's obligation is covered for half.
    await cert.getByLabel('Geldig tot en met').fill('31-12-2027');
    await cert.getByRole('button', { name: 'Certificaat vastleggen' }).click();
    await page.getByText('Het PSO-certificaat (trede 2) is vastgelegd, geldig van 01-01-2022 tot en met 31-12-2027.').waitFor();
    await rendered(page);
    const certRow = page.locator('#pso-certificates tbody tr');
    assert.equal(await certRow.count(), 1);
    assert.deepEqual((await certRow.first().locator('th, td').allTextContents()).map((t) => t.trim()),
      ['trede 2', '01-01-2022', '31-12-2027', '–']);
    await check(page, 'opdrachtnemer-certificaat-desktop');
    await openContract(page);
    assert.match(await page.locator('#pso-covered').textContent(), /^Gedekt door het PSO-certificaat van de opdrachtnemer: €\s60\.000,00;/);
    await check(page, 'contract-gedekt-desktop');

    // 7. Withdrawn per 01-06-2025: the obligation returns from that day, part stays covered.
    await page.locator('.details').getByRole('link', { name: NAME }).click();
    await rendered(page);
    const withdraw = page.locator('#pso-withdraw-form');
    await withdraw.getByLabel('Ingetrokken per').fill('01-06-2025');
    await withdraw.getByRole('button', { name: 'Certificaat intrekken' }).click();
    await page.getByText(/^Het PSO-certificaat is ingetrokken per 01-06-2025\./).waitFor();
    await rendered(page);
    assert.deepEqual((await page.locator('#pso-certificates tbody tr').first().locator('th, td').allTextContents()).map((t) => t.trim()),
      ['trede 2', '01-01-2022', '31-12-2027', '01-06-2025']);
    assert.equal(await page.locator('#pso-withdraw-form').count(), 0, 'nothing left to withdraw');
    await check(page, 'opdrachtnemer-ingetrokken-desktop');
    await openContract(page);
    assert.match(await page.locator('#pso-covered').textContent(), /^Gedekt door het PSO-certificaat van de opdrachtnemer: €\s36\.013,14;/);
    await check(page, 'contract-na-intrekking-desktop');
    await logout(page);

    // 8. Beheer takes trede 2 out again (the policy no longer accepts PSO) and empties the region's areas.
    await loginWith(page, ...BEHEER);
    await openSettings(page);
    await levelRow(page, 'trede 2').getByRole('button', { name: /^Verwijderen/ }).click();
    await page.getByText('Trede 2 is uit de PSO-tabel van Zoetermeer 2020 gehaald.').waitFor();
    await rendered(page);
    assert.equal((await levelRow(page, 'trede 2').locator('td').first().textContent()).trim(), '–');
    assert.equal(await levelRow(page, 'trede 2').getByRole('button').count(), 0);
    await policySection(page).getByText('Dit beleid accepteert PSO niet').waitFor();
    await check(page, 'pso-tabel-verwijderd-desktop');
    await page.getByLabel('Postcodegebieden van de regio').fill(before.region);
    await page.getByRole('button', { name: 'Postcodegebieden opslaan' }).click();
    await page.getByText('De postcodegebieden van Zoetermeer zijn opgeslagen.').waitFor();
    await rendered(page);
    assert.equal(await page.getByLabel('Postcodegebieden van de regio').inputValue(), before.region);
    assert.equal(await page.getByLabel('Postcodegebieden van Zoetermeer').inputValue(), OWN);
    await openContract(page);
    assert.equal(await page.locator('#pso-covered').count(), 0, 'no PSO cover once the policy does not accept PSO');
    await logout(page);
    assert.deepEqual(b.errors, [], 'no script errors');
  } finally {
    await b.close();
    await restore();
  }
});

test('PSO en gemeente-instellingen: dezelfde pagina\'s op 375 px', { skip }, async () => {
  if (!before) await restore();
  const b = await launch();
  try {
    const page = await b.page();
    await page.setViewportSize(PHONE);

    // Beheer: the settings page, a backwards region range refused at its field, a percentage refused.
    await loginWith(page, ...BEHEER);
    await openSettings(page);
    await check(page, 'instellingen-375');
    await page.getByLabel('Postcodegebieden van de regio').fill('2699-2600');
    await page.getByRole('button', { name: 'Postcodegebieden opslaan' }).click();
    await page.locator('#postcodes-region-error').getByText(/2699-2600 loopt achteruit/).waitFor();
    await check(page, 'postcodes-fout-375');
    await page.reload();
    await rendered(page);
    assert.equal(await page.getByLabel('Postcodegebieden van de regio').inputValue(), before.region, 'nothing saved');
    const section = policySection(page);
    await section.getByLabel('Trede').selectOption({ label: 'basistrede' });
    await section.getByLabel('Gedekt deel van de verplichting').fill('-5');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await section.locator(`#pso-pct-${POLICY}-error`).getByText(/van 0 tot en met 100/).waitFor();
    await section.scrollIntoViewIfNeeded();
    await check(page, 'pso-tabel-fout-375');
    await logout(page);

    // The SR-team: the contractor's page with its certificate and both forms; an error state; the contract.
    await loginWith(page, ...SR);
    await openContractor(page);
    await check(page, 'opdrachtnemer-375');
    const cert = page.locator('#pso-certificate-form');
    await cert.getByRole('button', { name: 'Certificaat vastleggen' }).click();
    await cert.getByText('Kies trede.').first().waitFor();
    await cert.getByText('Vul geldig vanaf in.').first().waitFor();
    await check(page, 'certificaat-fout-375');
    await openContract(page);
    await check(page, 'contract-375');
    await logout(page);

    // Inkoop reads the certificates but may not record or withdraw one.
    await loginWith(page, ...INKOOP);
    await openContractor(page);
    assert.equal(await page.locator('#pso-certificate-form').count(), 0, 'inkoop records no certificate');
    assert.equal(await page.locator('#pso-withdraw-form').count(), 0, 'inkoop withdraws no certificate');
    await check(page, 'opdrachtnemer-inkoop-375');
    await logout(page);
    assert.deepEqual(b.errors, [], 'no script errors');
  } finally {
    await b.close();
  }
});
