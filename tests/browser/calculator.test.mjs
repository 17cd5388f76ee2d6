// The public calculator works without logging in: obligation of a tender, value of a candidate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, shot, assertAccessibleBasics } from './lib.mjs';

let browser, page;
before(async () => { browser = await launch(); page = await browser.page(); });
after(async () => { await browser.close(); });

test('obligation: 2 % when the labour share is below 30 %, shown while typing', async () => {
  await open(page, '#/rekenhulp');
  assert.equal(await page.getByRole('button', { name: 'Uitloggen' }).count(), 0, 'niemand is ingelogd');
  const form = page.locator('#obligation-form');
  await form.getByLabel('Categorie').selectOption('werken');
  await form.getByLabel('Procedure').selectOption('europees');
  await form.getByLabel('Opdrachtwaarde').fill('250.000,00');
  await form.getByLabel('Loonsom').fill('25');
  await form.getByLabel('Gunningsdatum').fill('01-03-2024');
  // 2 % of 250,000.00 = 5,000.00 (Zoetermeer policy 2020: loonsom 25 % < 30 %)
  await page.getByText('2 % van € 250.000,00 = € 5.000,00').waitFor();
  await form.getByLabel('Loonsom').fill('40');
  await page.getByText('5 % van € 250.000,00 = € 12.500,00').waitFor();
  await form.getByLabel('Procedure').selectOption('enkelvoudig-onderhands');
  await page.getByText('Geen social-return-verplichting').waitFor();
  await assertAccessibleBasics(page);
});

test('obligation: an impossible date is refused with a message tied to the field', async () => {
  await open(page, '#/rekenhulp');
  const form = page.locator('#obligation-form');
  await form.getByLabel('Categorie').selectOption('diensten');
  await form.getByLabel('Procedure').selectOption('nationaal');
  await form.getByLabel('Opdrachtwaarde').fill('100000');
  await form.getByLabel('Loonsom').fill('50');
  await form.getByLabel('Gunningsdatum').fill('30-02-2024');
  await form.getByRole('button', { name: 'Bereken verplichting' }).click();
  const summary = form.locator('.error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /bestaande datum/);
  assert.equal(await form.getByLabel('Gunningsdatum').getAttribute('aria-invalid'), 'true');
  await shot(page, 'rekenhulp-fout');
});

test('value: a Participatiewet candidate at 32 h/week for 335 days', async () => {
  await open(page, '#/rekenhulp');
  const form = page.locator('#value-form');
  await form.getByLabel('Bouwblok').selectOption('mu-participatiewet');
  await form.getByLabel('Uren per week').fill('32');
  await form.getByLabel('Eerste werkdag').fill('01-02-2024');
  await form.getByLabel('Laatste werkdag').fill('31-12-2024');
  await form.getByLabel('Start van het contract').fill('01-01-2024');
  await form.getByLabel('Einde van het contract').fill('31-12-2025');
  // 40,000.00 x 32/36 x 335/365 = 32,633.18 (1 Feb - 31 Dec 2024 = 335 days, both ends inclusive)
  await page.getByText('Telt mee voor € 32.633,18').waitFor();
  await page.getByText('335 dagen tellen mee').waitFor();
  await assertAccessibleBasics(page);
  await shot(page, 'rekenhulp');
});
