// Banenafspraak page: the audit office's table, the quarterly trend as an SVG chart with a text
// table, labelled controls. Runs under tests/browser/run.sh (demo database, user bt.beheer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.INCLUSIO_BASE_URL;
const PASSWORD = process.env.INCLUSIO_TEST_PASSWORD;

test('banenafspraak: audit office table and quarterly trend', { skip: !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)' }, async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-banen-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--lang=nl-NL'], viewport: { width: 1280, height: 900 },
  });
  const errors = [];
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}/#/inloggen`);
    await page.getByLabel('Gebruikersnaam').fill('bt.beheer');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();

    await page.goto(`${BASE}/#/banen?gemeente=zoetermeer&schaal=gemeente&peildatum=2020-12-31`);
    await page.getByRole('heading', { level: 1, name: 'Banenafspraak' }).waitFor();
    const audit = page.getByRole('table', { name: 'Doelstelling en gerealiseerde banen Zoetermeer' });
    await audit.waitFor();
    const rows = await audit.locator('tbody tr').allInnerTexts();
    const norm = rows.map((r) => r.split('\t').map((c) => c.trim()));
    for (const [year, target, realised] of [['2018', '27,4', '13,6'], ['2019', '31,1', '30,7'], ['2020', '34,6', '33,7']]) {
      const row = norm.find((r) => r[0] === year);
      assert.ok(row, `rij ${year} ontbreekt`);
      assert.equal(row[1], target);
      assert.equal(row[2], realised);
      assert.equal(row[4], 'Nee');
    }
    // The chart is an image with a name, and the same figures are in a table.
    const chart = page.getByRole('img', { name: /Trend banenafspraak Zoetermeer als werkgever/ });
    await chart.waitFor();
    assert.equal(await chart.locator('g.series.s0 path').count(), 1, 'de lijn van het gerealiseerde');
    const trend = page.getByRole('table', { name: 'Trend per kwartaal, Zoetermeer als werkgever' });
    assert.equal(await trend.locator('tbody tr').count(), 12);
    // Every control of the filter has a label.
    for (const label of ['Gemeente', 'Schaal', 'Peildatum']) assert.equal(await page.getByLabel(label, { exact: true }).count(), 1);
    // Changing the scale to the region shows banen against the regional targets.
    await page.getByLabel('Schaal', { exact: true }).selectOption('regio');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.getByRole('img', { name: /Trend banenafspraak regio ZHC/ }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
