// Issue 5 acceptance: a procurement officer logs a meervoudig onderhandse procurement, sees the
// SEBO flag appear before saving when no local SEBO holder is invited (and disappear when one is),
// saves it, and finds it flagged in the invitation log. Also: the public holder list needs no login.
// Demo data (src/store/demo_sebo.c): Bouwbedrijf Van der Meer Zoetermeer is a local holder for
// werken; Aannemersbedrijf Rijswijk BV and Groenvoorziening Leiden BV are not local, not holders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, login, logout, shot, assertAccessibleBasics } from './lib.mjs';

const subject = `Bestrating Buytenwegh ${Date.now().toString(36).toUpperCase()}`;
let browser, page;

before(async () => { browser = await launch(); page = await browser.page(); });
after(async () => {
  await browser.close();
  assert.deepEqual(browser.errors, [], 'geen JavaScript-fouten in de pagina');
});

test('anyone sees the current SEBO holders without logging in', async () => {
  await open(page, '#/sebo-keurmerk');
  await page.getByRole('heading', { level: 1, name: 'SEBO-keurmerkhouders' }).waitFor();
  const list = page.locator('#sebo-holders');
  await list.getByRole('heading', { name: 'Bouwbedrijf Van der Meer Zoetermeer' }).waitFor();
  await list.getByRole('link', { name: 'Website van Bouwbedrijf Van der Meer Zoetermeer' }).waitFor();
  // withdrawn (Installatietechniek Oosterheem) and expired (Lunchroom De Leeuw) holders are not listed
  assert.equal(await list.getByText('Installatietechniek Oosterheem').count(), 0);
  assert.equal(await list.getByText('Lunchroom De Leeuw').count(), 0);
  await assertAccessibleBasics(page);
  await shot(page, 'sebo-1-publieke-lijst');
});

test('procurement officer logs a meervoudig onderhandse procurement and sees the flag', async () => {
  await login(page, 'bt.inkoop');
  await page.getByRole('link', { name: 'Inkoop vastleggen' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Inkoop vastleggen' }).waitFor();
  const form = page.locator('#procurement-form');
  await form.getByLabel('Afdeling').fill('Stadsbeheer');
  await form.getByLabel('Onderwerp').fill(subject);
  await form.getByLabel('Categorie').selectOption('werken');
  assert.equal(await form.getByLabel('Procedure').inputValue(), 'meervoudig-onderhands');
  await form.getByLabel('Geraamde waarde').fill('80.000,00');
  const other1 = form.getByLabel(/Aannemersbedrijf Rijswijk BV .* Niet-lokale ondernemer/);
  const other2 = form.getByLabel(/Groenvoorziening Leiden BV .* Niet-lokale ondernemer/);
  const holder = form.getByLabel(/Bouwbedrijf Van der Meer Zoetermeer .* Lokale SEBO-keurmerkhouder/);
  await other1.check();
  await other2.check();
  // no local SEBO holder invited while the registry holds some for werken: flagged before saving
  const flag = page.locator('#sebo-flag');
  await flag.waitFor();
  assert.match(await flag.innerText(), /geen lokale SEBO-keurmerkhouder uitgenodigd/);
  await assertAccessibleBasics(page);
  await shot(page, 'sebo-2-gemarkeerd-voor-opslaan');
  // inviting the local holder follows the preference order: the flag goes away
  await holder.check();
  await page.getByText('Voorkeursvolgorde gevolgd').waitFor();
  assert.equal(await flag.count(), 0);
  // ... and back: the officer invites the two others and a local company not yet known
  await holder.uncheck();
  await flag.waitFor();
  const kvkNew = String(31000000 + (Date.now() % 999983)).padStart(8, '0');
  await page.getByText('Staat de onderneming er niet bij? Voeg haar toe').click();
  await form.getByLabel('KvK-nummer nieuwe onderneming').fill(kvkNew);
  await form.getByLabel('Naam nieuwe onderneming').fill(`Straatwerk Noordhove ${kvkNew}`);
  await form.getByLabel('Gevestigd in').selectOption('zoetermeer');
  await form.getByRole('button', { name: 'Onderneming toevoegen en uitnodigen' }).click();
  const added = form.getByLabel(new RegExp(`Straatwerk Noordhove ${kvkNew} .* Lokale ondernemer`));
  await added.waitFor();
  assert.equal(await added.isChecked(), true, 'the new company is invited');
  await flag.waitFor();   // a local company without the mark does not lift the flag
  await form.getByLabel('Offerte van Aannemersbedrijf Rijswijk BV').fill('78.500,00');
  await form.getByLabel('Offerte van Groenvoorziening Leiden BV').fill('81.000,00');
  await form.getByLabel('Winnaar').selectOption({ label: 'Aannemersbedrijf Rijswijk BV' });
  await form.getByRole('button', { name: 'Inkoop vastleggen' }).click();
  await page.getByRole('heading', { level: 1, name: subject }).waitFor();
  await page.locator("#flash").getByText(`Inkoop "${subject}" is vastgelegd en gemarkeerd.`).waitFor();
  await page.locator('#rule-check').getByText('Gemarkeerd', { exact: true }).waitFor();
  const invited = page.locator('#invited-list');
  await invited.getByText('Niet-lokale ondernemer').first().waitFor();
  await invited.getByText('€ 78.500,00').waitFor();
  await invited.getByText(`Straatwerk Noordhove ${kvkNew}`, { exact: false }).waitFor();
  await shot(page, 'sebo-3-vastgelegd-gemarkeerd');
});

test('the flagged procurement is in the log for the department', async () => {
  await page.getByRole('link', { name: 'Uitnodigingslog' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Uitnodigingslog onderhandse inkoop' }).waitFor();
  await page.getByRole('link', { name: /Toon alleen gemarkeerde inkopen/ }).click();
  const row = page.locator('#procurement-list tr', { hasText: subject });
  await row.waitFor();
  await row.getByText('Gemarkeerd').waitFor();
  await shot(page, 'sebo-4-log-gemarkeerd');
  await logout(page);
});

test('the programme manager sees expiring certificates and the same flag', async () => {
  await login(page, 'bt.srteam');
  await page.getByRole('link', { name: 'SEBO-register' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'SEBO-register' }).waitFor();
  // demo: ICT-Werkplaats Zoetermeer runs out 20 days from today, Schildersbedrijf Palenstein 40
  const soon = page.locator('#sebo-expiring');
  await soon.getByText('ICT-Werkplaats Zoetermeer (KvK 20001007)').waitFor();
  await soon.locator('tr', { hasText: 'Schildersbedrijf Palenstein' }).getByText('In audit').waitFor();
  await page.locator('#sebo-register tr', { hasText: 'Installatietechniek Oosterheem' }).getByText('Ingetrokken').waitFor();
  await assertAccessibleBasics(page);
  await shot(page, 'sebo-5-register-programmamanager');
  // Drukkerij Dorpsstraat runs out in 75 days without a recertification: start one, audit it
  await page.locator('#sebo-register').getByRole('link', { name: /Drukkerij Dorpsstraat/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Drukkerij Dorpsstraat' }).waitFor();
  await page.getByRole('button', { name: 'Hercertificering aanvragen' }).click();
  await page.locator('#flash').getByText('Hercertificering aangevraagd.').waitFor();
  const step = page.locator('#status-form');
  await step.getByLabel('Nieuwe status').selectOption('in-audit');
  await step.getByLabel('Certificeringsbureau').fill('Certificeringsbureau MVO Zuid-Holland');
  await step.getByRole('button', { name: 'Status vastleggen' }).click();
  await page.locator('#flash').getByText('Status is nu: In audit.').waitFor();
  await assertAccessibleBasics(page);
  // certifying without evidence for the six criteria is refused with the server's Dutch message
  await step.getByLabel('Nieuwe status').selectOption('gecertificeerd');
  await step.getByRole('button', { name: 'Status vastleggen' }).click();
  await step.locator('.error-summary').getByText(/bewijs ontbreekt/i).waitFor();
  await shot(page, 'sebo-6-hercertificering-in-audit');
  await page.getByRole('link', { name: 'Uitnodigingslog' }).first().click();
  await page.getByRole('link', { name: /Toon alleen gemarkeerde inkopen/ }).click();
  await page.locator('#procurement-list tr', { hasText: subject }).getByText('Gemarkeerd').waitFor();
  await logout(page);
});
