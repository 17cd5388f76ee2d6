// Finding companies on the invitation form (issue 16): instead of scrolling every known company,
// inkoop searches by name or KvK number and narrows by SEBO mark and locality; companies already
// invited stay in view whatever the search. Screenshots at desktop width and at 375 px, axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, login, logout, shot, assertAccessibleBasics, assertAxe, assertNoPageOverflow, PHONE, DESKTOP } from './lib.mjs';

let browser, page;
before(async () => { browser = await launch(); page = await browser.page(); });
after(async () => {
  await browser.close();
  assert.deepEqual(browser.errors, [], 'geen JavaScript-fouten in de pagina');
});

const boxes = () => page.locator('#invited-companies input[type=checkbox]');

test('inkoop finds companies by name, KvK, SEBO mark and locality', async () => {
  await login(page, 'bt.inkoop');
  await page.getByRole('link', { name: 'Inkoop vastleggen' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Inkoop vastleggen' }).waitFor();
  const form = page.locator('#procurement-form');
  await form.getByLabel('Categorie').selectOption('werken');
  await page.locator('#company-count').getByText(/ondernemers gevonden/).waitFor();
  const all = await boxes().count();
  assert.ok(all > 20, `${all} companies before searching`);
  await form.getByLabel('Zoek op naam of KvK-nummer').fill('van der meer');
  await page.waitForFunction((n) => document.querySelectorAll('#invited-companies input[type=checkbox]').length < n, all);
  const holder = form.getByLabel(/Bouwbedrijf Van der Meer Zoetermeer .* Lokale SEBO-keurmerkhouder/);
  await holder.check();
  await form.getByLabel('Zoek op naam of KvK-nummer').fill('');
  await form.getByLabel('SEBO-keurmerk', { exact: true }).selectOption('true');
  await form.getByLabel('Vestiging', { exact: true }).selectOption('false');
  await page.locator('#company-count').getByText(/gevonden, 1 uitgenodigd/).waitFor();
  // the invited local holder stays; every other company shown is a non-local SEBO holder
  assert.ok(await holder.isChecked());
  const labels = await page.locator('#invited-companies label').allInnerTexts();
  assert.ok(labels.slice(1).every((l) => /Niet-lokale SEBO-keurmerkhouder/.test(l)), labels.join(' | '));
  await assertAxe(page, 'inkoop zoeken');
  await assertAccessibleBasics(page);
  await shot(page, 'zoeken-1-desktop');
  await page.setViewportSize(PHONE);
  await assertNoPageOverflow(page, 'inkoop zoeken');
  await shot(page, 'zoeken-1-375');
  await page.setViewportSize(DESKTOP);
  // by KvK number
  await form.getByLabel('SEBO-keurmerk', { exact: true }).selectOption('');
  await form.getByLabel('Vestiging', { exact: true }).selectOption('');
  const kvk = (await holder.getAttribute('value')).slice(0, 5);
  await form.getByLabel('Zoek op naam of KvK-nummer').fill(kvk);
  // the list settles on the companies whose KvK starts so (the invited holder first)
  await page.waitForFunction((k) => {
    const v = [...document.querySelectorAll('#invited-companies input[type=checkbox]')].map((e) => e.value);
    return v.length >= 1 && v.slice(1).every((x) => x.startsWith(k));
  }, kvk);
  const values = await boxes().evaluateAll((els) => els.map((e) => e.value));
  assert.ok(values.length < all, `${values.length} of ${all}`);
  await logout(page);
});
