// UWV's regional banenafspraak figures over the API: only beheer imports; a bad table is refused
// whole with every bad row; each role reads the figures of its own region only; the regional targets
// are then measured against UWV's count beside inclusio's own records.
// Demo users: po serves Zoetermeer (region ZHC); wsp serves ZHC municipalities; Delft lies in Haaglanden.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem } from './lib.mjs';

let srv, po, wsp, raad, beheer, groenwerk;
before(async () => {
  srv = await startServer();
  [po, wsp, raad, beheer, groenwerk] = await Promise.all(['po', 'wsp', 'raad', 'beheer', 'groenwerk'].map((u) => loggedIn(srv.base, u)));
});
after(async () => { await srv.stop(); });

const expectProblem = (r, status, what) => assert.ok(isProblem(r, status), `${what}: expected ${status}, got ${r.status} ${r.text}`);
const table = 'arbeidsmarktregio;sector;peildatum;extra_banen\n' +
  'Zuid-Holland Centraal;Marktsector;4e kwartaal 2020;812\n' +
  'Zuid-Holland Centraal;Overheid;31-12-2020;231,5\n' +
  'Haaglanden;Marktsector;2020-K4;2.104\n' +
  'Groot Amsterdam;Marktsector;2020-K4;12.345\n';

test('import: beheer only; a bad table is refused whole', async () => {
  for (const [c, who] of [[po, 'po'], [wsp, 'wsp'], [raad, 'raad'], [groenwerk, 'opdrachtnemer']])
    expectProblem(await c.post('/api/v1/banen/uwv-figures/import', { csv: table }), 403, `${who} imports`);
  const bad = await beheer.post('/api/v1/banen/uwv-figures/import', {
    csv: 'arbeidsmarktregio,sector,peildatum,extra_banen\nZHC,markt,2020-K4,760\nZHC,markt,2020-11-30,5\nZHC,bouw,2020-K4,1\n',
    name: 'fout.csv' });
  expectProblem(bad, 422, 'bad table');
  assert.deepEqual(bad.json.errors.map((x) => [x.line, x.column]), [[3, 'peildatum'], [4, 'sector']]);
  assert.match(bad.json.invalidParams[0].reason, /regel 3, kolom peildatum: '2020-11-30' is geen kwartaaleinde/);
  assert.equal((await beheer.get('/api/v1/banen/uwv-figures')).json.figures.length, 0, 'nothing stored');
  expectProblem(await beheer.post('/api/v1/banen/uwv-figures/import', { csv: table, extra: 1 }), 400, 'unknown field');

  const ok = await beheer.post('/api/v1/banen/uwv-figures/import', { csv: table, name: 'trendrapportage.csv' });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.stored, 3);
  assert.equal(ok.json.skipped_rows, 1);
  assert.equal(ok.json.skipped[0].region, 'Groot Amsterdam');
  const again = await beheer.post('/api/v1/banen/uwv-figures/import', { csv: table, name: 'trendrapportage.csv' });
  assert.equal(again.json.stored, 0);
  assert.equal(again.json.replaced, 3);
});

test('reading: each role its own region; the targets measured against UWV', async () => {
  const mine = await po.get('/api/v1/banen/uwv-figures');
  assert.equal(mine.status, 200, mine.text);
  assert.equal(mine.json.region, 'ZHC');
  assert.deepEqual(mine.json.figures.map((f) => [f.sector, f.peildatum, f.extra_banen]),
    [['markt', '2020-12-31', 812], ['overheid', '2020-12-31', 231.5]]);
  expectProblem(await po.get('/api/v1/banen/uwv-figures?region=Haaglanden'), 404, 'po reads another region');
  expectProblem(await wsp.get('/api/v1/banen/uwv-figures?region=Haaglanden'), 404, 'wsp reads another region');
  expectProblem(await po.get('/api/v1/banen/uwv-figures?region=Atlantis'), 404, 'unknown region');
  expectProblem(await groenwerk.get('/api/v1/banen/uwv-figures'), 403, 'contractor reads');
  assert.equal((await beheer.get('/api/v1/banen/uwv-figures')).json.figures.length, 3, 'beheer reads every region');

  // ZHC market 2020: target 750, UWV 812 -> met; government 2020: target 240, UWV 231.50 -> not met.
  const targets = (await raad.get('/api/v1/banen/targets?municipality=zoetermeer')).json.targets;
  const zhc = (sector, year) => targets.find((t) => t.scope === 'regio' && t.sector === sector && t.year === year);
  assert.equal(zhc('markt', 2020).uwv_extra_banen, 812);
  assert.equal(zhc('markt', 2020).goal_basis, 'uwv');
  assert.equal(zhc('markt', 2020).doel_gehaald, 'Ja');
  assert.equal(zhc('overheid', 2020).uwv_extra_banen, 231.5);
  assert.equal(zhc('overheid', 2020).doel_gehaald, 'Nee');
  assert.equal(zhc('markt', 2019).uwv_extra_banen, null);
  assert.equal(zhc('markt', 2019).goal_basis, 'inclusio');
});
