// After the award (issue 17), tried as a new user would: the SR-team records a plan van aanpak on a
// contract that is behind, the contractor reports a realisation with evidence (a PDF), the SR-team
// verifies it seeing the evidence, settles a contract that ended short, and inkoop sees that
// contractor's past performance when registering its next contract. Desktop; then the same pages at
// 375 px. axe-core, no page-level overflow and a screenshot on every page. Demo accounts of docs/web.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, rendered, loginWith, logout, assertAxe, assertNoPageOverflow, shot, day, makeBsn, pick, PHONE, DESKTOP } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';
const SR = ['srteam', 'srteam-demo-2026'], CONTRACTOR = ['schoonsociaal', 'schoon-demo-2026'], INKOOP = ['inkoop', 'inkoop-demo-2026'];
const BEHIND = 'ZTM-2022-014', SHORT = 'ZTM-2019-021', SHORT_NAME = 'Rioolwerken Haaglanden BV';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
  'trailer<</Root 1 0 R>>\n%%EOF\n');

async function check(page, name) {
  await assertAxe(page, name);
  await assertNoPageOverflow(page, name);
  await shot(page, `settlement-${name}`);
}

async function openContract(page, reference) {
  await open(page, `#/contracten?q=${reference}`);
  await page.getByRole('link', { name: reference, exact: true }).first().click();
  await page.getByRole('heading', { level: 2, name: 'Realisaties' }).waitFor();
  await rendered(page);
}

test('na de gunning: plan, bewijs, verificatie, afrekening en past performance (desktop)', { skip }, async () => {
  const b = await launch();
  try {
    const page = await b.page();
    await page.setViewportSize(DESKTOP);

    // 1. The SR-team: the werkvoorraad lists the contract behind and the one to settle; a plan is recorded.
    await loginWith(page, ...SR);
    await open(page, '#/werkvoorraad');
    await page.locator('#escalation-due').getByRole('link', { name: BEHIND }).waitFor();
    await page.locator('#to-settle').getByRole('link', { name: SHORT }).waitFor();
    await check(page, 'werkvoorraad-desktop');
    await page.locator('#escalation-due').getByRole('link', { name: BEHIND }).click();
    await page.getByRole('heading', { level: 2, name: 'Plan van aanpak' }).waitFor();
    await rendered(page);
    const planForm = page.locator('#plan-form');
    await planForm.getByLabel('Uiterlijk op').fill(day(-1).nl);
    await planForm.getByLabel('Dan in totaal gerealiseerd').fill('60.000,00');
    await planForm.getByLabel('Wat de opdrachtnemer gaat doen').fill('Drie schoonmakers uit de bijstand via De Binnenbaan');
    await planForm.getByRole('button', { name: 'Plan vastleggen' }).click();
    await planForm.getByText(/ligt voor vandaag/).first().waitFor();   // a date in the past is refused
    await planForm.getByLabel('Uiterlijk op').fill(day(90).nl);
    await planForm.getByRole('button', { name: 'Plan vastleggen' }).click();
    await page.getByText('Het plan van aanpak is vastgelegd.').waitFor();
    await rendered(page);
    await page.locator('#plan-milestones').getByText('Drie schoonmakers uit de bijstand via De Binnenbaan').waitFor();
    await check(page, 'plan-desktop');
    await logout(page);

    // 2. The contractor reports a realisation and attaches the employment contract.
    await loginWith(page, ...CONTRACTOR);
    await open(page, '#/portaal');
    await page.locator('#my-contracts > li', { hasText: BEHIND }).getByRole('link', { name: /^Realisatie melden/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Realisatie melden' }).waitFor();
    await rendered(page);
    const form = page.locator('#realisation-form');
    const ref = `BEWIJS-${Date.now().toString(36)}`;
    await form.getByLabel('Bouwblok').selectOption('mu-participatiewet');
    await form.getByLabel('Uren per week').fill('32');
    await form.getByLabel('Eerste werkdag').fill(day(-60).nl);
    await form.getByLabel('Laatste werkdag').fill(day(-1).nl);
    await form.getByLabel('BSN van de kandidaat').fill(makeBsn());
    await form.getByLabel('Uw eigen referentie').fill(ref);
    await page.locator('.result-panel').getByText(/Telt mee voor €\s[\d.]+,\d\d/).waitFor();
    await form.getByRole('button', { name: 'Realisatie melden' }).click();
    await page.getByRole('heading', { level: 2, name: 'Realisaties' }).waitFor();
    await rendered(page);
    const row = page.locator('#realisations tr', { hasText: ref });
    await row.getByLabel(`Bewijsstuk bij ${ref}`).setInputFiles({ name: 'notitie.pdf', mimeType: 'application/pdf', buffer: Buffer.from('geen pdf\n') });
    await row.getByRole('button', { name: new RegExp(`^Bewijs toevoegen\\s?: ${ref}$`) }).click();
    await row.getByText(/geen PDF, PNG of JPEG/).waitFor();           // the type is read from the content
    await row.getByLabel(`Bewijsstuk bij ${ref}`).setInputFiles({ name: 'arbeidsovereenkomst.pdf', mimeType: 'application/pdf', buffer: PDF });
    await row.getByRole('button', { name: new RegExp(`^Bewijs toevoegen\\s?: ${ref}$`) }).click();
    await page.getByText('Het bewijsstuk arbeidsovereenkomst.pdf is toegevoegd.').waitFor();
    await rendered(page);
    await page.locator('#realisations tr', { hasText: ref }).getByText(/arbeidsovereenkomst\.pdf \(PDF/).waitFor();
    assert.equal(await page.locator('#realisations tr', { hasText: ref }).getByRole('link', { name: /arbeidsovereenkomst/ }).count(), 0,
      'the contractor sees the file name, it does not open it');
    await check(page, 'bewijs-opdrachtnemer-desktop');
    await logout(page);

    // 3. The SR-team verifies, seeing the evidence.
    await loginWith(page, ...SR);
    await openContract(page, BEHIND);
    const srRow = page.locator('#realisations tr', { hasText: ref });
    const link = srRow.getByRole('link', { name: /arbeidsovereenkomst\.pdf/ });
    await link.waitFor();
    const res = await page.request.get(new URL(await link.getAttribute('href'), BASE).toString());
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    assert.deepEqual(Buffer.from(await res.body()), PDF, 'the SR-team opens the file as sent');
    await check(page, 'verificatie-met-bewijs-desktop');
    await srRow.getByRole('button', { name: new RegExp(`^Verifiëren\\s?: ${ref}$`) }).click();
    await page.getByText(`Realisatie van ${ref} is geverifieerd.`).waitFor();
    await rendered(page);

    // 4. The SR-team settles the contract that ended short.
    await openContract(page, SHORT);
    await page.getByRole('heading', { level: 2, name: 'Afrekening' }).waitFor();
    await page.getByText('Zo valt de afrekening uit als u vandaag afrekent').waitFor();
    await page.locator('#settle-form').getByLabel('Toelichting').fill('Tekort van EUR 20.000 besproken met de opdrachtnemer.');
    await page.locator('#settle-form').getByRole('button', { name: 'Afrekenen' }).click();
    await page.getByText('De opdracht is afgerekend: deels voldaan.').waitFor();
    await rendered(page);
    await page.getByText('het beleid kent geen boete of afkoop').first().waitFor();
    await check(page, 'afrekening-desktop');
    await logout(page);

    // 5. Inkoop registers the contractor's next contract and sees its past performance.
    await loginWith(page, ...INKOOP);
    await open(page, '#/contracten/nieuw');
    const cform = page.locator('#contract-form');
    await pick(cform, 'Opdrachtnemer', 'riool', SHORT_NAME);
    const panel = page.locator('.past-performance');
    await panel.getByText(/1 afgerekende opdracht: voldaan 0, deels voldaan 1/).waitFor();
    await panel.getByRole('cell', { name: SHORT }).waitFor();
    await check(page, 'past-performance-inkoop-desktop');
    await logout(page);
    assert.deepEqual(b.errors, [], 'no script errors');
  } finally {
    await b.close();
  }
});

test('na de gunning: dezelfde pagina\'s op 375 px', { skip }, async () => {
  const b = await launch();
  try {
    const page = await b.page();
    await page.setViewportSize(PHONE);
    await loginWith(page, ...SR);
    await open(page, '#/werkvoorraad');
    await page.locator('#escalation-due, #to-settle').first().waitFor();
    await check(page, 'werkvoorraad-375');
    await openContract(page, BEHIND);
    await page.getByRole('heading', { level: 2, name: 'Plan van aanpak' }).waitFor();
    await check(page, 'plan-en-bewijs-375');
    await openContract(page, SHORT);
    await page.getByRole('heading', { level: 2, name: 'Afrekening' }).waitFor();
    await check(page, 'afrekening-375');
    await open(page, `#/opdrachtnemers`);
    await logout(page);
    await loginWith(page, ...INKOOP);
    await open(page, '#/contracten/nieuw');
    await pick(page.locator('#contract-form'), 'Opdrachtnemer', 'riool', SHORT_NAME);
    await page.locator('.past-performance').getByText(/afgerekende opdracht/).waitFor();
    await check(page, 'past-performance-inkoop-375');
    await logout(page);
    assert.deepEqual(b.errors, [], 'no script errors');
  } finally {
    await b.close();
  }
});
