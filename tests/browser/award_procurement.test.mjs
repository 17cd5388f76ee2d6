// Issue 16, "one record from invitation to obligation", as a new user would try it: inkoop completes
// a logged procurement (the flagged ZTM-2025-M13 cannot be completed without the reason for the
// deviation; with it the award becomes a draft contract), the SR-team finds the awards without
// registered social return on "Ontbrekende SROI", makes ZTM-2025-M06 a draft and confirms it with the
// labour share. Screenshots at desktop width and at 375 px, axe-core on every page.
// Demo data (src/app/demo_sebo.c): M06 werken won at EUR 199,500 (5 % = EUR 9,975), M13 diensten won
// at EUR 171,000 (5 % = EUR 8,550), both awarded through the log and not in the register.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, login, logout, shot, assertAccessibleBasics, assertAxe, assertNoPageOverflow, PHONE, DESKTOP } from './lib.mjs';

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

test('inkoop completes the flagged M13: the reason is required, then the award becomes a draft', async () => {
  await login(page, 'bt.inkoop');
  await open(page, '#/inkoop');
  await page.locator('#procurement-list').getByRole('link', { name: 'Vervoer dagbesteding' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vervoer dagbesteding' }).waitFor();
  const award = page.locator('#award');
  await award.getByText('Ontbreekt: nog niet in het register').waitFor();
  await award.getByText(/€\s8\.550,00/).waitFor();
  await both('award-1-inkoop-aanvullen', 'inkoop detail');
  const form = page.locator('#complete-form');
  await form.getByLabel('Gunningsdatum').fill('20-10-2025');
  await form.getByRole('button', { name: 'Inkoop aanvullen' }).click();
  await form.locator('.error-summary').getByText(/reden van de afwijking/).waitFor();
  await shot(page, 'award-2-reden-verplicht');
  await form.getByLabel(/Reden van afwijking/).fill('Vervoer met rolstoelbussen; geen lokale SEBO-houder kon dit leveren.');
  await form.getByRole('button', { name: 'Inkoop aanvullen' }).click();
  await page.locator('#flash').getByText('Conceptcontract ZTM-2025-M13 staat in het register; het SR-team bevestigt het.', { exact: false }).waitFor();
  await page.locator('#award').getByRole('link', { name: 'Contract ZTM-2025-M13' }).waitFor();
  await page.locator('#award').getByText('Concept: SR-team bevestigt').waitFor();
  await page.locator('#rule-check').getByText(/Vervoer met rolstoelbussen/).waitFor();
  assert.equal(await page.locator('#rule-check').getByText(/geen reden vastgelegd/).count(), 0, 'explanation judged again');
  await both('award-3-concept', 'inkoop na aanvullen');
  await logout(page);
});

test('the SR-team finds M06 on Ontbrekende SROI, makes it a draft and confirms it', async () => {
  await login(page, 'bt.srteam');
  await page.getByRole('link', { name: 'Ontbrekende SROI' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Ontbrekende social return' }).waitFor();
  const list = page.locator('#missing-list');
  const m06 = list.locator('tr', { hasText: 'ZTM-2025-M06' });
  await m06.getByText(/€\s9\.975,00/).waitFor();
  await m06.getByText('Ontbreekt').waitFor();
  await list.locator('tr', { hasText: 'ZTM-2025-M13' }).getByText('Concept').waitFor();
  await page.locator('#missing-summary').getByText(/geregistreerd \d+ van \d+/).waitFor();
  const xlsx = await page.evaluate(async () => {
    const r = await fetch(document.getElementById('missing-xlsx').getAttribute('href'));
    return { status: r.status, type: r.headers.get('content-type') };
  });
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.type, /spreadsheetml/);
  await both('award-4-ontbrekend', 'ontbrekende SROI');
  await m06.getByRole('link', { name: 'ZTM-2025-M06' }).click();
  await page.getByRole('heading', { level: 1, name: 'Herinrichting speelplaats Meerzicht' }).waitFor();
  await page.locator('#draft-form').getByRole('button', { name: 'Conceptcontract maken' }).click();
  await page.locator('#flash').getByText('Conceptcontract ZTM-2025-M06 staat in het register.').waitFor();
  const confirm = page.locator('#confirm-form');
  await confirm.getByRole('button', { name: 'Contract bevestigen' }).click();
  await confirm.locator('.error-summary').getByText(/loonsomaandeel/i).waitFor();
  await both('award-5-bevestigen', 'bevestigen');
  await confirm.getByLabel(/Loonsomaandeel/).fill('40');
  await confirm.getByRole('button', { name: 'Contract bevestigen' }).click();
  await page.locator('#flash').getByText('Contract ZTM-2025-M06 is bevestigd.').waitFor();
  await page.locator('#award').getByText('Bevestigd').waitFor();
  assert.equal(await page.locator('#confirm-form').count(), 0, 'nothing left to confirm');
  await page.getByRole('link', { name: 'Ontbrekende SROI' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Ontbrekende social return' }).waitFor();
  assert.equal(await page.locator('#missing-list tr', { hasText: 'ZTM-2025-M06' }).count(), 0, 'M06 is registered now');
  await shot(page, 'award-6-na-bevestigen-desktop');
  await logout(page);
});
