// Issue 11 point 5: a user serving several municipalities sees the SEBO register of all of them
// by default ("Alle gemeenten") and can narrow it to one. The demo users srteam and wsp serve
// Zoetermeer, Lansingerland and Pijnacker-Nootdorp; every demo holder is registered in Zoetermeer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, rendered, logout, assertAccessibleBasics } from './lib.mjs';

const DEMO_PASSWORDS = { srteam: 'srteam-demo-2026', wsp: 'wsp-demo-2026' };
let browser, page;

before(async () => { browser = await launch(); page = await browser.page(); });
after(async () => {
  await browser.close();
  assert.deepEqual(browser.errors, [], 'geen JavaScript-fouten in de pagina');
});

async function loginDemo(username) {
  await open(page, '#/inloggen');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORDS[username]);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  await page.waitForFunction(() => !window.location.hash.startsWith('#/inloggen'));
  await rendered(page);
}

const holderCount = async () => Number((await page.getByRole('heading', { name: /^Alle houders \(\d+\)$/ }).textContent()).match(/\d+/)[0]);

for (const user of ['srteam', 'wsp']) {
  test(`${user}: the SEBO register opens on all its municipalities and narrows to one`, async () => {
    await loginDemo(user);
    await open(page, '#/sebo');
    await page.getByRole('heading', { level: 1, name: 'SEBO-register' }).waitFor();
    const select = page.getByLabel('Gemeente');
    assert.equal(await select.inputValue(), '', 'Alle gemeenten is the default');
    const options = await select.locator('option').allTextContents();
    assert.deepEqual(options.slice().sort(), ['Alle gemeenten', 'Lansingerland', 'Pijnacker-Nootdorp', 'Zoetermeer'].sort());
    const all = await holderCount();
    assert.ok(all > 0, 'the register is not empty');
    await page.locator('#sebo-register tr', { hasText: 'Bouwbedrijf Van der Meer Zoetermeer' }).first().waitFor();
    await assertAccessibleBasics(page);

    await select.selectOption('lansingerland');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForFunction(() => window.location.hash === '#/sebo?gemeente=lansingerland');
    await rendered(page);
    assert.equal(await holderCount(), 0, 'no holders registered in Lansingerland');
    assert.equal(await page.getByLabel('Gemeente').inputValue(), 'lansingerland');

    await page.getByLabel('Gemeente').selectOption('zoetermeer');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForFunction(() => window.location.hash === '#/sebo?gemeente=zoetermeer');
    await rendered(page);
    assert.equal(await holderCount(), all, 'every demo holder is in Zoetermeer');
    await logout(page);
  });
}

test('wsp: the dashboard opens on all its municipalities, not on the alphabetically first', async () => {
  await loginDemo('wsp');
  await open(page, '#/dashboard');
  const year = new Date().getFullYear();
  await page.getByRole('heading', { level: 1, name: `Dashboard sociaal domein: alle gemeenten ${year}` }).waitFor();
  for (const name of ['Zoetermeer', 'Lansingerland', 'Pijnacker-Nootdorp'])
    await page.getByRole('heading', { level: 2, name }).waitFor();
  assert.equal(await page.getByLabel('Gemeente').inputValue(), '', 'Alle gemeenten is the default');
  await assertAccessibleBasics(page);
  await page.getByLabel('Gemeente').selectOption('zoetermeer');
  await page.getByRole('button', { name: 'Toon' }).click();
  await page.getByRole('heading', { level: 1, name: `Dashboard sociaal domein Zoetermeer ${year}` }).waitFor();
  // and back to all of them
  await page.locator('#gemeente').selectOption('');
  await page.getByRole('button', { name: 'Toon' }).click();
  await page.getByRole('heading', { level: 1, name: `Dashboard sociaal domein: alle gemeenten ${year}` }).waitFor();
  await logout(page);
});
