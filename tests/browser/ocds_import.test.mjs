// The TenderNed / OCDS upload (issue 16) as a new user would try it: inkoop finds "TenderNed-import"
// in the menu, uploads a release package of a Zoetermeer works award (a draft contract with a
// provisional obligation), uploads it again (nothing changes), then a foreign package (every release
// skipped with its reason). Screenshots at desktop width and at 375 px, axe-core on every state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, open, login, logout, shot, assertAccessibleBasics, assertAxe, assertNoPageOverflow, PHONE, DESKTOP } from './lib.mjs';

const FX = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'cli', 'fixtures', 'ocds');
let browser, page;
before(async () => { browser = await launch(); page = await browser.page(); });
after(async () => {
  await browser.close();
  assert.deepEqual(browser.errors, [], 'geen JavaScript-fouten in de pagina');
});

async function both(name, where) {
  await assertAxe(page, where);
  await assertAccessibleBasics(page);
  await shot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await assertNoPageOverflow(page, where);
  await shot(page, `${name}-375`);
  await page.setViewportSize(DESKTOP);
}

async function upload(file) {
  await page.locator('#f-ocds-file').setInputFiles(path.join(FX, file));
  await page.getByRole('button', { name: 'Importeren' }).click();
}

test('inkoop imports a Zoetermeer works award, again without change, and a foreign package', async () => {
  await login(page, 'bt.inkoop');
  await page.getByRole('link', { name: 'TenderNed-import' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Aanbestedingen importeren (OCDS)' }).waitFor();
  await both('ocds-1-formulier', 'OCDS-import');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await page.getByText('Kies eerst een bestand.').waitFor();
  await upload('zoetermeer_works.json');
  await page.locator('#ocds-summary').getByText(/1 gunningen nieuw.*1 conceptcontracten met voorlopige verplichting/).waitFor();
  await both('ocds-2-geimporteerd', 'OCDS-import na import');
  await upload('zoetermeer_works.json');
  await page.locator('#ocds-summary').getByText(/0 gunningen nieuw, 0 bijgewerkt, 1 ongewijzigd/).waitFor();
  await upload('foreign.json');
  await page.locator('#ocds-summary').getByText(/3 overgeslagen/).waitFor();
  const skips = page.locator('#ocds-skips');
  await skips.getByText("onbekende aanbesteder 'Gemeente Utrecht'").waitFor();
  await skips.getByText('geen gunning (awards ontbreekt)').waitFor();
  await skips.getByText('gunning 1: valuta USD (alleen EUR)').waitFor();
  await both('ocds-3-buitenlands', 'OCDS-import overgeslagen');
  await upload('truncated.json');
  await page.locator('#ocds-error').getByText(/regel 33: het bestand houdt midden in de JSON op/).waitFor();
  await open(page, '#/ontbrekende-sroi');
  const row = page.locator('#missing-list tr', { hasText: 'ocds-5n7lx2-ztm25001' });
  await row.getByText(/€\s9\.975,00 \(voorlopig\)/).waitFor();
  await row.getByText('Concept').waitFor();
  // The contract list and the contract page say it is a draft with a provisional obligation.
  await open(page, '#/contracten?q=ocds-5n7lx2-ztm25001');
  const listed = page.locator('tr', { hasText: 'ocds-5n7lx2-ztm25001' });
  await listed.locator('.badge', { hasText: 'concept' }).waitFor();
  await both('ocds-4-lijst-concept', 'contractlijst met concept');
  await listed.getByRole('link', { name: 'ocds-5n7lx2-ztm25001' }).click();
  await page.locator('#draft-notice').getByText(/nog niet bevestigd.*De verplichting is voorlopig/).waitFor();
  await both('ocds-5-contract-concept', 'conceptcontract');
  await logout(page);
});
