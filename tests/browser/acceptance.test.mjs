// The acceptance flow of issue 3, as new users would do it in a browser:
// inkoop registers a contract; its contractor reports a realisation; the SR-team verifies it and
// the progress bar moves; another contractor finds no trace of the contract.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, rendered, login, logout, shot, assertAccessibleBasics, day, makeBsn , pick } from './lib.mjs';

const KVK_A = process.env.INCLUSIO_CONTRACTOR_A_KVK;
const NAME_A = decodeURIComponent(process.env.INCLUSIO_CONTRACTOR_A_NAME || '');
const reference = `BT-${Date.now().toString(36).toUpperCase()}`;
const title = `Schoonmaak sporthallen ${reference}`;
const award = day(-60), start = day(-45), end = day(2 * 365);
const bsn = makeBsn();
let browser, page, contractUrl;

before(async () => { browser = await launch(); page = await browser.page(); });
after(async () => {
  await browser.close();
  assert.deepEqual(browser.errors, [], 'geen JavaScript-fouten in de pagina');
});

async function progressNow() {
  const bar = page.getByRole('progressbar').first();
  return Number(await bar.getAttribute('aria-valuenow'));
}

test('inkoop registers a contract and sees the obligation live', async () => {
  await login(page, 'bt.inkoop');
  await page.getByRole('heading', { level: 1, name: 'Contract registreren' }).waitFor();
  assert.match(page.url(), /#\/contracten\/nieuw$/, 'inkoop begint bij contract registreren');
  await assertAccessibleBasics(page);
  const form = page.locator('#contract-form');
  await form.getByLabel('Kenmerk').fill(reference);
  await form.getByLabel('Omschrijving').fill(title);
  await form.getByLabel('Afdeling').fill('Sport');
  await form.getByLabel('Categorie').selectOption('diensten');
  await form.getByLabel('Procedure').selectOption('europees');
  await form.getByLabel('Opdrachtwaarde').fill('200.000,00');
  await form.getByLabel('Loonsom').fill('60');
  await form.getByLabel('Gunningsdatum').fill(award.nl);
  // 5 % of 200,000.00 = 10,000.00: shown before saving
  await page.getByText('5 % van € 200.000,00 = € 10.000,00').waitFor();
  await form.getByLabel('Startdatum').fill(start.nl);
  await form.getByLabel('Einddatum').fill(end.nl);
  await pick(form, 'Opdrachtnemer', NAME_A.split(' ')[0].slice(0, 6).toLowerCase(), NAME_A);  // typing part of the name
  await shot(page, '1-inkoop-contract-registreren');
  await form.getByRole('button', { name: 'Contract registreren' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText(`Contract ${reference} is geregistreerd.`).waitFor();
  contractUrl = page.url();
  assert.match(contractUrl, /#\/contracten\/\d+$/);
  assert.equal(await progressNow(), 0);
  await shot(page, '2-inkoop-contract-geregistreerd');
  await logout(page);
});

test('its contractor reports a realisation with the value shown before saving', async () => {
  await login(page, 'bt.opdrachtnemer.a');
  await page.getByRole('heading', { level: 1, name: 'Mijn contracten' }).waitFor();
  const card = page.locator('.card', { hasText: reference });
  await card.waitFor();
  await card.getByRole('link', { name: /Realisatie melden/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Realisatie melden' }).waitFor();
  await assertAccessibleBasics(page);
  const form = page.locator('#realisation-form');
  await form.getByLabel('Bouwblok').selectOption('mu-participatiewet');
  await form.getByLabel('Uren per week').fill('36');
  await form.getByLabel('Eerste werkdag').fill(start.nl);
  await form.getByLabel('Laatste werkdag').fill(day(-1).nl);
  await form.getByLabel('BSN van de kandidaat').fill(bsn);
  await form.getByLabel('Uw eigen referentie').fill('KAND-001');
  await page.locator('.result-panel').getByText(/Telt mee voor €\s[\d.]+,\d\d/).waitFor();
  await shot(page, '3-opdrachtnemer-realisatie-melden');
  await form.getByRole('button', { name: 'Realisatie melden' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const row = page.locator('#realisations tr', { hasText: 'KAND-001' });
  await row.getByText('Gemeld').waitFor();
  assert.equal(await progressNow(), 0, 'een gemelde realisatie telt pas na verificatie');
  await logout(page);
});

test('the same person cannot be counted twice for the same days: the server says so at the BSN', async () => {
  await login(page, 'bt.opdrachtnemer.a');
  await page.goto(`${contractUrl}/realisatie`);
  await rendered(page);
  const form = page.locator('#realisation-form');
  await form.getByLabel('Bouwblok').selectOption('mu-wia');
  await form.getByLabel('Uren per week').fill('20');
  await form.getByLabel('Eerste werkdag').fill(day(-20).nl);
  await form.getByLabel('Laatste werkdag').fill(day(-10).nl);
  await form.getByLabel('BSN van de kandidaat').fill(bsn);
  await form.getByRole('button', { name: 'Realisatie melden' }).click();
  const error = form.locator('#f-bsn-error');
  await error.waitFor();
  assert.ok((await error.innerText()).length > 10, 'een uitleg bij het BSN');
  assert.equal(await form.getByLabel('BSN van de kandidaat').getAttribute('aria-invalid'), 'true');
  await shot(page, '3b-opdrachtnemer-dubbeltelling');
  await logout(page);
});

test('a second contract with the same reference is refused at the Kenmerk field', async () => {
  await login(page, 'bt.inkoop');
  const form = page.locator('#contract-form');
  await form.getByLabel('Kenmerk').fill(reference);
  await form.getByLabel('Omschrijving').fill('Dubbel');
  await form.getByLabel('Categorie').selectOption('diensten');
  await form.getByLabel('Procedure').selectOption('nationaal');
  await form.getByLabel('Opdrachtwaarde').fill('60000');
  await form.getByLabel('Loonsom').fill('50');
  await form.getByLabel('Gunningsdatum').fill(award.nl);
  await form.getByLabel('Startdatum').fill(start.nl);
  await form.getByLabel('Einddatum').fill(end.nl);
  await pick(form, 'Opdrachtnemer', KVK_A.slice(0, 5), NAME_A);  // or of the KvK number
  await form.getByRole('button', { name: 'Contract registreren' }).click();
  await form.locator('#f-reference-error').getByText(reference).waitFor();
  assert.match(page.url(), /#\/contracten\/nieuw$/, 'niets opgeslagen, het formulier blijft staan');
  await logout(page);
});

test('a realisation without a valid BSN is refused in the form', async () => {
  await login(page, 'bt.opdrachtnemer.a');
  await page.goto(`${contractUrl}/realisatie`);
  await rendered(page);
  const form = page.locator('#realisation-form');
  await form.getByLabel('Bouwblok').selectOption('mu-ww');
  await form.getByLabel('Uren per week').fill('24');
  await form.getByLabel('Eerste werkdag').fill(start.nl);
  await form.getByLabel('Laatste werkdag').fill(day(-2).nl);
  await form.getByLabel('BSN van de kandidaat').fill('123456789');
  await form.getByRole('button', { name: 'Realisatie melden' }).click();
  await form.locator('.error-summary').getByText(/elfproef/).waitFor();
  assert.equal(await form.getByLabel('BSN van de kandidaat').getAttribute('aria-invalid'), 'true');
  // a second, valid one, for the SR-team to reject
  await form.getByLabel('BSN van de kandidaat').fill(makeBsn());
  await form.getByLabel('Uw eigen referentie').fill('KAND-002');
  await form.getByRole('button', { name: 'Realisatie melden' }).click();
  await page.locator('#realisations tr', { hasText: 'KAND-002' }).waitFor();
  await logout(page);
});

test('the SR-team verifies one, rejects the other with a reason, and the progress bar moves', async () => {
  await login(page, 'bt.srteam');
  await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
  // awarded 60 days ago without contact: on the list of contractors to call
  await page.locator('#overdue-contact').getByRole('link', { name: reference }).waitFor();
  // two reported realisations wait for verification
  await page.locator('#to-verify').getByRole('link', { name: reference }).waitFor();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Contracten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Contracten' }).waitFor();
  await page.getByRole('link', { name: reference }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await assertAccessibleBasics(page);
  await page.getByLabel('Datum van het eerste contact').fill(day(-50).nl);
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  await page.getByText(`De opdrachtnemer heeft contact opgenomen op ${day(-50).nl}.`).waitFor();
  const before = await progressNow();
  assert.equal(before, 0);
  await page.locator('#realisations tr', { hasText: 'KAND-001' }).getByRole('button', { name: /Verifiëren/ }).click();
  await page.getByText('Realisatie van KAND-001 is geverifieerd.').waitFor();
  await page.locator('#realisations tr', { hasText: 'KAND-001' }).getByText('Geverifieerd').waitFor();
  const after = await progressNow();
  assert.ok(after > before, `de voortgang stijgt (${before} -> ${after})`);
  await shot(page, '4-srteam-geverifieerd');

  const row = page.locator('#realisations tr', { hasText: 'KAND-002' });
  await row.getByRole('button', { name: /Afwijzen/ }).click();
  const reject = row.locator('form');
  await reject.getByRole('button', { name: 'Afwijzen' }).click();   // no reason yet
  await reject.locator('.error-summary').waitFor();
  await reject.getByLabel('Reden van afwijzing').fill('Geen arbeidsovereenkomst ontvangen.');
  await reject.getByRole('button', { name: 'Afwijzen' }).click();
  await page.locator('#realisations tr', { hasText: 'KAND-002' }).getByText('Afgewezen').waitFor();
  assert.equal(await progressNow(), after, 'een afgewezen realisatie telt niet');
  await logout(page);
});

test('the contractor sees the verified progress in its portal', async () => {
  await login(page, 'bt.opdrachtnemer.a');
  const card = page.locator('.card', { hasText: reference });
  await card.waitFor();
  const now = Number(await card.getByRole('progressbar').getAttribute('aria-valuenow'));
  assert.ok(now > 0);
  await shot(page, '5-opdrachtnemer-portaal');
  await card.getByRole('link', { name: /Bekijken/ }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const form = page.locator('#yearly-form');
  await form.getByLabel('Contractjaar').selectOption('1');
  await form.getByLabel('Toelichting').fill('Twee kandidaten geplaatst; een afgewezen wegens ontbrekend contract.');
  await form.getByRole('button', { name: 'Jaarverslag indienen' }).click();
  await page.getByText('Het jaarverslag over contractjaar 1 is ingediend.').waitFor();
  await page.locator('#yearly-reports tr', { hasText: 'Jaar 1' }).getByText('Ingediend').waitFor();
  await logout(page);
});

test('another contractor finds no trace of the first contract', async () => {
  await login(page, 'bt.opdrachtnemer.b');
  await page.getByRole('heading', { level: 1, name: 'Mijn contracten' }).waitFor();
  assert.equal(await page.getByText(reference).count(), 0);
  assert.ok(!NAME_A || (await page.locator('main').innerText()).indexOf(title) < 0);
  await page.goto(contractUrl);
  await rendered(page);
  const text = await page.locator('main').innerText();
  assert.ok(!text.includes(reference) && !text.includes(title), 'geen kenmerk of titel op de pagina');
  assert.match(await page.locator('main h1').innerText(), /^(Niet gevonden|Geen toegang)$/);
  await shot(page, '6-andere-opdrachtnemer-geen-toegang');
  await logout(page);
});

test('inkoop records an ontheffing: the contract carries the adjusted percentage', async () => {
  await login(page, 'bt.inkoop');
  const form = page.locator('#contract-form');
  const ref2 = `${reference}-ONT`;
  await form.getByLabel('Kenmerk').fill(ref2);
  await form.getByLabel('Omschrijving').fill(`Onderhoud kunstgras ${ref2}`);
  await form.getByLabel('Categorie').selectOption('werken');
  await form.getByLabel('Procedure').selectOption('europees');
  await form.getByLabel('Opdrachtwaarde').fill('400.000');
  await form.getByLabel('Loonsom').fill('35');
  await form.getByLabel('Gunningsdatum').fill(award.nl);
  await form.getByLabel('Startdatum').fill(start.nl);
  await form.getByLabel('Einddatum').fill(end.nl);
  await pick(form, 'Opdrachtnemer', KVK_A.slice(0, 5), NAME_A);  // or of the KvK number
  await form.getByLabel('De gemeentesecretaris heeft ontheffing verleend').check();
  await form.getByLabel('Aangepast percentage').fill('2,5');
  await form.getByLabel('Verleend door').fill('gemeentesecretaris');
  await form.getByLabel('Datum van de ontheffing').fill(award.nl);
  await form.getByLabel('Reden van de ontheffing').fill('Specialistisch werk met weinig ruimte voor kandidaten.');
  // 2,5 % of 400.000,00 = 10.000,00 shown beside the policy's 5 % = 20.000,00
  await page.getByText('Met de ontheffing geldt 2,5 % = € 10.000,00.').waitFor();
  await form.getByRole('button', { name: 'Contract registreren' }).click();
  await page.getByRole('heading', { level: 1, name: `Onderhoud kunstgras ${ref2}` }).waitFor();
  await page.locator('.obligation-figure').getByText('€ 10.000,00 (2,5 %)').waitFor();
  await page.locator('.details').getByText(/2,5\s%, verleend door gemeentesecretaris/).waitFor();
  await shot(page, '7-inkoop-ontheffing');
  await logout(page);
});
