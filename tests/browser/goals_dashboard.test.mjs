// Issue 7 acceptance: a council member (role raad) logs in, opens the dashboard and the periodic
// report, and no personal data appears: no BSN-like 9-digit numbers, no pseudonyms (64 hex
// digits), no candidate references, no names of persons (employer contact names). Screenshots of screen and print emulation, and the
// browser's PDF of the report, are kept in tests/browser/artifacts/.
// Runs under tests/browser/run.sh (any runner that sets INCLUSIO_BASE_URL on a demo database);
// INCLUSIO_PRIVATE_STRINGS (a file with one private string a line) adds the database's own
// candidate references and names to the check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.INCLUSIO_BASE_URL;
const USER = process.env.INCLUSIO_RAAD_USER || 'raad';
const PASS = process.env.INCLUSIO_RAAD_PASSWORD || 'raad-demo-2026';   // demo account, docs/web.md
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
const PRIVATE = process.env.INCLUSIO_PRIVATE_STRINGS
  ? fs.readFileSync(process.env.INCLUSIO_PRIVATE_STRINGS, 'utf8').split('\n').map((s) => s.trim()).filter((s) => s.length >= 4)
  : [];

let context, page, profile;
const errors = [];

before(async () => {
  assert.ok(BASE, 'INCLUSIO_BASE_URL ontbreekt: start via tests/browser/run.sh');
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-goals-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=nl-NL'],
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
  });
  page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  assert.deepEqual(errors, [], 'geen JavaScript-fouten in de pagina');
});

// Everything a council member could read: the visible text and the markup (attributes included).
async function assertNoPersonalData(p, where) {
  const text = await p.evaluate(() => document.body.innerText);
  const html = await p.content();
  for (const [name, s] of [['tekst', text], ['html', html]]) {
    // a whole number of exactly nine digits; amounts with decimals (data-value="-135584600.00") are not BSN-like
    assert.doesNotMatch(s, /(?<![0-9.,-])[0-9]{9}(?![0-9.,])/, `${where}: een BSN-achtig nummer van 9 cijfers in de ${name}`);
    assert.doesNotMatch(s, /[0-9a-f]{64}/i, `${where}: een pseudoniem (64 hex) in de ${name}`);
    assert.doesNotMatch(s, /pseudonym|person_id|candidate_ref/i, `${where}: een persoonsveld in de ${name}`);
    for (const secret of PRIVATE) assert.ok(!s.includes(secret), `${where}: "${secret}" (persoonsgegeven) in de ${name}`);
  }
  return text;
}

async function shots(p, name) {
  await p.emulateMedia({ media: 'screen' });
  await p.screenshot({ path: path.join(ARTIFACTS, `${name}-scherm.png`), fullPage: true });
  await p.emulateMedia({ media: 'print' });
  await p.screenshot({ path: path.join(ARTIFACTS, `${name}-print.png`), fullPage: true });
  await p.emulateMedia({ media: 'screen' });
}

test('raad logs in and lands on the dashboard with the steering parameters', async () => {
  await page.goto(`${BASE}/#/inloggen`);
  await page.getByLabel('Gebruikersnaam').fill(USER);
  await page.getByLabel('Wachtwoord').fill(PASS);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const h1 = page.locator('main h1');
  await h1.filter({ hasText: 'Dashboard sociaal domein' }).waitFor();
  assert.match(page.url(), /#\/dashboard/);
  // the demo year of the annual report: 2023
  await page.getByLabel('Jaar').selectOption('2023');
  await page.getByRole('button', { name: 'Toon' }).click();
  await h1.filter({ hasText: '2023' }).waitFor();
  const cards = page.locator('article.dashboard-param');
  const n = await cards.count();
  assert.ok(n >= 6 && n <= 7, `zes of zeven stuurparameters, niet ${n}`);
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    await card.getByText(/Doel gehaald: (Ja|Nee|N\.v\.t\.)/).waitFor();
    // the chart is an accessible image with a title, and its figures are also a table
    const svg = card.locator('svg[role="img"]');
    await svg.first().waitFor();   // drawn once its box has its width (web/js/chart.js)
    assert.equal(await svg.count(), 1, 'één grafiek per parameter');
    assert.ok((await svg.locator('title').textContent()).length > 0, 'grafiek heeft een titel');
    assert.equal(await card.locator('table').count(), 1, 'tabel naast de grafiek');
  }
  // the working population (CBS) of 2023: 68.000 against 67.000 -> Ja
  const werk = cards.filter({ hasText: 'Werkzame beroepsbevolking' });
  assert.equal(await werk.locator('.param-figure').textContent(), '68.000');
  await werk.getByText('Doel gehaald: Ja').waitFor();
  // the business-climate survey was not held in 2023 -> N.v.t.
  await cards.filter({ hasText: 'Rapportcijfer ondernemersklimaat' }).getByText('Doel gehaald: N.v.t.').waitFor();
  // breakdowns never show a count below 5
  const text = await assertNoPersonalData(page, 'dashboard');
  for (const cell of await page.locator('section.breakdown td.num').allTextContents())
    assert.ok(cell === '<5' || cell === 'afgeschermd' || Number(cell.replace(/\./g, '')) >= 5, `klein aantal zichtbaar: ${cell}`);
  assert.match(text, /De mensen achter de cijfers/);
  await shots(page, 'goals-dashboard');
});

test('raad opens the periodic report: printable, same figures, no personal data', async () => {
  const [report] = await Promise.all([
    context.waitForEvent('page'),
    page.locator('#rapportage-3').click(),
  ]);
  await report.waitForLoadState('load');
  await report.locator('h1').filter({ hasText: 'Rapportage Sociaal Domein 2023-3' }).waitFor();
  report.on('pageerror', (e) => errors.push(e.message));
  // every chart has its text table, and the print stylesheet is present
  const charts = await report.locator('figure svg[role="img"]').count();
  assert.ok(charts >= 6, 'grafieken in het rapport');
  assert.equal(await report.locator('figure table.chart-table').count(), charts);
  // the steering-parameter figures in the report equal the dashboard JSON
  const json = await report.evaluate(async () => (await fetch('/api/v1/dashboard?year=2023')).json());
  const values = await report.locator('#t-stuurparameters td.num').evaluateAll((tds) => tds.map((td) => td.dataset.value));
  for (const p of json.parameters) if (p.value !== null) assert.ok(values.includes(p.value.toFixed(2)), `waarde ${p.value} van ${p.name} staat in het rapport`);
  await assertNoPersonalData(report, 'rapportage');
  await shots(report, 'goals-rapportage');
  await report.emulateMedia({ media: 'print' });
  await report.pdf({ path: path.join(ARTIFACTS, 'goals-rapportage.pdf'), format: 'A4', printBackground: false });
  await report.close();
});

test('the report downloads as XLSX and the council cannot reach personal data through the API', async () => {
  const res = await page.evaluate(async () => {
    const x = await fetch('/api/v1/reports/jaarverslag?year=2023&format=xlsx');
    const buf = new Uint8Array(await x.arrayBuffer());
    const contracts = await fetch('/api/v1/contracts');
    const realisations = await fetch('/api/v1/realisations');
    return { status: x.status, type: x.headers.get('content-type'), zip: buf[0] === 0x50 && buf[1] === 0x4b,
      contracts: contracts.status, realisations: realisations.status };
  });
  assert.equal(res.status, 200);
  assert.match(res.type, /spreadsheetml/);
  assert.ok(res.zip, 'XLSX is een zip-bestand');
  assert.equal(res.contracts, 403, 'raad ziet geen contracten');
  assert.equal(res.realisations, 403, 'raad ziet geen realisaties');
});

async function loginAs(user, password) {
  await page.goto(`${BASE}/#/inloggen`);
  if (await page.getByRole('button', { name: 'Uitloggen' }).count()) {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').first().waitFor();
  }
  await page.getByLabel('Gebruikersnaam').fill(user);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

test('the SR-team adds a story; a BSN in it is refused at the field', async () => {
  await loginAs('srteam', 'srteam-demo-2026');
  await page.goto(`${BASE}/#/dashboard?jaar=2023&gemeente=zoetermeer`);
  const form = page.locator('#story-form');
  await form.waitFor();
  await form.getByLabel('Doel').selectOption({ label: '1.5 Stimuleren duurzame arbeidsparticipatie' });
  await form.getByLabel('Titel').fill('Na de proefplaatsing een vast contract');
  await form.getByLabel('Verhaal').fill('Kandidaat met BSN 123456782 kreeg een vast contract.');
  await form.getByRole('button', { name: 'Verhaal toevoegen' }).click();
  await form.locator('.field-error').getByText(/mogelijk een BSN/).waitFor();
  await form.getByLabel('Verhaal').fill('Na drie maanden proefplaatsing kreeg een kandidaat uit de Participatiewet een vast contract.');
  await form.getByRole('button', { name: 'Verhaal toevoegen' }).click();
  await page.locator('#flash').getByText('Het verhaal is toegevoegd.').waitFor();
  await page.locator('.stories').getByText('Na de proefplaatsing een vast contract').waitFor();
  await shots(page, 'goals-verhaal-toegevoegd');
});

test('beheer chooses the steering parameters; the council sees the new selection', async () => {
  await loginAs('beheer', 'beheer-demo-2026');
  await page.goto(`${BASE}/#/dashboard?jaar=2023&gemeente=zoetermeer`);
  const form = page.locator('#parameters-form');
  await form.waitFor();
  await form.getByLabel(/^Rapportcijfer ondernemersklimaat \(1\.3 /).uncheck();
  await form.getByLabel(/^Bereik minimaregelingen \(1\.6 /).check();
  await form.getByRole('button', { name: 'Stuurparameters opslaan' }).click();
  await page.locator('#flash').getByText('De stuurparameters zijn opgeslagen.').waitFor();
  const names = await page.locator('article.dashboard-param h3').allInnerTexts();
  assert.ok(names.includes('Bereik minimaregelingen'));
  assert.ok(!names.includes('Rapportcijfer ondernemersklimaat'));
  assert.equal(names.length, 7);
  await assertNoPersonalData(page, 'dashboard (beheer)');
});
