// UWV's regional figures in the banenafspraak page: beheer uploads the trend-report table (a bad one
// is refused with its rows listed, nothing stored), then the regional targets show UWV's count of the
// whole region beside inclusio's own contribution, and the goal is measured against UWV. Desktop and
// 375 px screenshots, axe-core. Runs under tests/browser/run.sh (demo database).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, login, loginWith, open, rendered, shot, ARTIFACTS, assertAxe, assertNoPageOverflow, PHONE, DESKTOP } from './lib.mjs';

const REGION_PAGE = '#/banen?gemeente=zoetermeer&schaal=regio&peildatum=2020-12-31';

function file(name, text) {
  const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-uwv-')), name);
  fs.writeFileSync(p, text);
  return p;
}

test('banenafspraak: UWV figures imported and the region measured against them', async () => {
  const b = await launch();
  try {
    const page = await b.page();
    await login(page, 'bt.beheer');
    await open(page, REGION_PAGE);
    const targets = page.getByRole('table', { name: 'Regionale doelen ZHC: UWV en eigen registratie' });
    await targets.waitFor();
    const before = await targets.locator('tbody tr').allInnerTexts();
    assert.ok(before.every((r) => r.includes('niet geïmporteerd')), 'no UWV figures yet');

    // A bad table: refused with every bad row, nothing stored.
    await page.getByLabel('CSV-bestand').setInputFiles(file('fout.csv',
      'arbeidsmarktregio;sector;peildatum;extra_banen\nZuid-Holland Centraal;Marktsector;2020-K4;812\nZuid-Holland Centraal;Bouw;2020-K4;5\n'));
    await page.getByRole('button', { name: 'Importeren' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /regel 3, kolom sector: onbekende sector 'Bouw'/);

    await page.getByLabel('CSV-bestand').setInputFiles(file('trendrapportage.csv',
      'arbeidsmarktregio;sector;peildatum;extra_banen\nZuid-Holland Centraal;Marktsector;4e kwartaal 2020;812\n'
      + 'Zuid-Holland Centraal;Overheid;31-12-2020;231,5\nGroot Amsterdam;Marktsector;2020-K4;12.345\n'));
    await page.getByRole('button', { name: 'Importeren' }).click();
    const ok = page.getByRole('status').filter({ hasText: 'UWV-cijfers geïmporteerd' });
    await ok.waitFor();
    assert.match(await ok.innerText(), /2 UWV-cijfers geïmporteerd uit trendrapportage\.csv \(2 nieuw, 0 vervangen\); 1 regel overgeslagen van Groot Amsterdam/);

    await page.reload();
    await rendered(page);
    await targets.waitFor();
    const rows = (await targets.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()));
    const markt = rows.find((r) => r[0] === 'markt');
    const overheid = rows.find((r) => r[0] === 'overheid');
    assert.equal(markt[1], '750');
    assert.equal(markt[2], '812');
    assert.equal(markt[6], 'Ja (UWV)');
    assert.equal(overheid[2], '231,5');
    assert.equal(overheid[6], 'Nee (UWV)');
    await assertAxe(page, 'banen regio met UWV');
    await shot(page, 'banen-uwv-desktop');
    await page.locator('section[aria-labelledby="regio-doelen"]').screenshot({ path: path.join(ARTIFACTS, 'banen-uwv-table-desktop.png') });

    await page.setViewportSize(PHONE);
    await page.reload();   // drawn anew at phone width (the same address would not render again)
    await rendered(page);
    await targets.waitFor();
    await assertNoPageOverflow(page, 'banen regio 375 px');
    await assertAxe(page, 'banen regio 375 px');
    await shot(page, 'banen-uwv-phone');
    await page.locator('section[aria-labelledby="regio-doelen"]').screenshot({ path: path.join(ARTIFACTS, 'banen-uwv-table-phone.png') });
    await page.setViewportSize(DESKTOP);

    // The council sees the same comparison, without the upload.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await loginWith(page, 'raad', 'raad-demo-2026');
    await open(page, REGION_PAGE);
    await targets.waitFor();
    assert.equal(await page.getByRole('heading', { name: 'UWV-cijfers importeren' }).count(), 0);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
