// Each role lands on its own start page and sees only its own menu; pages of other roles are
// refused; beheer reads the audit log and adds a user who can then log in; keyboard and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, rendered, login, logout, shot, assertAccessibleBasics, PASSWORD } from './lib.mjs';

let browser, page;
before(async () => { browser = await launch(); page = await browser.page(); });
after(async () => {
  await browser.close();
  assert.deepEqual(browser.errors, [], 'geen JavaScript-fouten in de pagina');
});

const menu = async () => (await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allInnerTexts()).map((t) => t.trim());

test('every role lands on its own start page', async () => {
  const expect = [
    ['bt.inkoop', /#\/contracten\/nieuw$/, 'Contract registreren'],
    ['bt.srteam', /#\/werkvoorraad$/, 'Werkvoorraad'],
    ['bt.opdrachtnemer.a', /#\/portaal$/, 'Mijn contracten'],
    ['bt.beheer', /#\/audit$/, 'Auditlog'],
  ];
  for (const [user, url, heading] of expect) {
    await login(page, user);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.match(page.url(), url, user);
    await assertAccessibleBasics(page);
    await shot(page, `start-${user}`);
    await logout(page);
  }
});

test('a contractor has a small menu and cannot open SR-team pages', async () => {
  await login(page, 'bt.opdrachtnemer.b');
  assert.deepEqual(await menu(), ['Mijn contracten', 'Offerteaanvragen SEBO', 'Rekenhulp']);
  for (const hash of ['#/contracten', '#/werkvoorraad', '#/audit', '#/opdrachtnemers']) {
    await open(page, hash);
    assert.equal(await page.locator('main h1').innerText(), 'Geen toegang', hash);
  }
  await logout(page);
});

test('pages behind a login send a visitor to the login page and back', async () => {
  await open(page, '#/werkvoorraad');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await page.getByLabel('Gebruikersnaam').fill('bt.srteam');
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
  await logout(page);
});

test('an expired session sends the user to the login page with a message', async () => {
  await login(page, 'bt.srteam');
  await browser.context.clearCookies();           // the server-side session is gone for the browser
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Contracten' }).click();
  await page.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor();
  assert.match(page.url(), /#\/inloggen/);
  assert.equal(await page.getByRole('button', { name: 'Uitloggen' }).count(), 0);
  // logging in again returns to the page the user was on
  await page.getByLabel('Gebruikersnaam').fill('bt.srteam');
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Contracten' }).waitFor();
  await logout(page);
});

test('a wrong password gives one message that does not say which part was wrong', async () => {
  await open(page, '#/inloggen');
  await page.getByLabel('Gebruikersnaam').fill('bt.srteam');
  await page.getByLabel('Wachtwoord').fill('dit-is-niet-goed');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const summary = page.locator('#login-form .error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /combinatie van gebruikersnaam en wachtwoord is onjuist/);
  assert.equal(await page.getByLabel('Wachtwoord').inputValue(), '');
});

test('SR-team: contract list filters, contractor page, werkvoorraad lists', async () => {
  await login(page, 'bt.srteam');
  await page.getByRole('heading', { level: 2, name: 'Contact niet op tijd' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Achter op schema' }).waitFor();
  await shot(page, 'srteam-werkvoorraad');
  await open(page, '#/contracten');
  await page.getByLabel('Status').selectOption('achter');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await page.waitForURL(/status=achter/);
  await rendered(page);
  const badges = await page.locator('#contract-table tbody .badge').allInnerTexts();
  assert.ok(badges.length > 0 && badges.every((b) => b === 'Achter op schema'), `alleen achter: ${badges}`);
  await shot(page, 'srteam-contracten-achter');
  await page.locator('#contract-table tbody tr').first().locator('td a').first().click();
  await page.waitForURL(/#\/opdrachtnemers\/\d+$/);
  await rendered(page);
  assert.ok(await page.locator('#contractor-contracts tbody tr').count() >= 1);
  await shot(page, 'srteam-opdrachtnemer');
  await logout(page);
});

test('beheer reads the audit log and adds a user who can log in', async () => {
  await login(page, 'bt.beheer');
  await page.locator('#audit-table tbody tr').first().waitFor();
  const actions = await page.locator('#audit-table tbody tr td:nth-child(3)').allInnerTexts();
  assert.ok(actions.length > 0);
  await page.getByLabel('Soort gegeven').selectOption('realisation');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await page.waitForURL(/entity=realisation/);
  await rendered(page);
  const kinds = await page.locator('#audit-table tbody tr td:nth-child(2)').allInnerTexts();
  assert.ok(kinds.every((k) => k.startsWith('Realisatie')), kinds.join(','));
  // Dutch sentences with Dutch amounts, no raw codes or keys (issue 14)
  const lines = await page.locator('#audit-table tbody tr td:nth-child(3)').allInnerTexts();
  assert.ok(lines.every((l) => / heeft de realisatie \d+ /.test(l) && l.endsWith('.')), lines.slice(0, 3).join(' | '));
  assert.ok(lines.some((l) => /waarde €\s[\d.]+,\d\d/.test(l)), lines.slice(0, 3).join(' | '));
  assert.ok(!lines.some((l) => /user:\d|counted_days|value:|\d{4}-\d{2}-\d{2}/.test(l)), lines.slice(0, 3).join(' | '));
  await shot(page, 'beheer-auditlog');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
  await page.locator('#user-table').waitFor();
  assert.ok(await page.locator('#user-table').getByText('bt.inkoop').count() > 0);
  const form = page.locator('#user-form');
  await form.getByLabel('Gebruikersnaam').fill('bt.raad');
  await form.getByLabel('Rol').selectOption('raad');
  await form.getByLabel('Eerste wachtwoord').fill(PASSWORD);
  await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await form.locator('.error-summary').getByText(/gemeente/).waitFor();   // raad needs a municipality
  await form.getByLabel('Zoetermeer').check();
  await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await page.locator('#flash').getByText('Gebruiker bt.raad is toegevoegd.', { exact: false }).waitFor();
  await shot(page, 'beheer-gebruikers');
  await logout(page);

  await login(page, 'bt.raad');
  await page.waitForURL(/#\/dashboard$/);   // the council lands on its dashboard (issue 7)
  await page.getByRole('heading', { level: 1, name: /^Dashboard sociaal domein/ }).waitFor();
  await logout(page);
});

test('keyboard: the skip link is the first stop and moves focus to the content', async () => {
  await page.goto('about:blank');                  // a full page load, as a visitor arriving
  await open(page, '#/rekenhulp');
  await page.locator('#obligation-form select').first().waitFor();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.textContent.trim());
  assert.equal(first, 'Direct naar de inhoud');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(await page.evaluate(() => window.location.hash), '#/rekenhulp', 'the skip link leaves the address alone');
  await shot(page, 'keyboard-after-skip');
  // the focus ring is visible: an outline of at least 2px on a focused input
  await page.locator('#obligation-form select').first().focus();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineWidth);
  assert.ok(parseFloat(outline) >= 2, `outline ${outline}`);
});

test('print: menu, buttons and forms are left out', async () => {
  await login(page, 'bt.srteam');
  await open(page, '#/contracten');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#site-nav').isVisible(), false);
  assert.equal(await page.locator('.filters').isVisible(), false);
  assert.equal(await page.locator('#contract-table').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  await logout(page);
});
