// Banenafspraak API: every role tries to cross its boundaries (records, report, targets, the link
// from a realisation); refused writes change nothing; the report holds the audit office's figures.
// Demo users: po and raad serve Zoetermeer; wsp serves Zoetermeer, Lansingerland, Pijnacker-Nootdorp
// (region ZHC); Delft lies in Haaglanden.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem } from './lib.mjs';

let srv, po, wsp, raad, inkoop, srteam, beheer, groenwerk;
const record = (over = {}) => ({
  municipality: 'zoetermeer', employer_kvk: '12345670', employer_name: 'API Test BV', sector: 'markt',
  bsn: '111222333', target_group: 'wajong', start: '2025-01-01', hours_per_week: 20, contract_type: 'vast',
  instrument: 'jobcoach', source: 'wsp', ...over,
});

before(async () => {
  srv = await startServer();
  [po, wsp, raad, inkoop, srteam, beheer, groenwerk] = await Promise.all(
    ['po', 'wsp', 'raad', 'inkoop', 'srteam', 'beheer', 'groenwerk'].map((u) => loggedIn(srv.base, u)));
});
after(async () => { await srv.stop(); });

const total = async () => (await beheer.get('/api/v1/employment?per_page=200&page=1')).json.items.length +
  (await beheer.get('/api/v1/employment?per_page=200&page=2')).json.items.length;
const expectProblem = (r, status, what) => assert.ok(isProblem(r, status), `${what}: expected ${status}, got ${r.status} ${r.text}`);

test('records: read scope per role', async () => {
  const mine = await po.get('/api/v1/employment?per_page=200');
  assert.equal(mine.status, 200, mine.text);
  assert.ok(mine.json.items.length > 0);
  assert.ok(mine.json.items.every((r) => r.municipality === 'zoetermeer'));
  assert.ok(mine.json.items.every((r) => !('bsn' in r)));
  expectProblem(await po.get('/api/v1/employment?municipality=lansingerland'), 404, 'po reads another municipality');
  expectProblem(await po.get('/api/v1/employment?region=ZHC'), 404, 'po reads the whole region');
  assert.equal((await wsp.get('/api/v1/employment?municipality=voorschoten')).status, 200, 'wsp reads its region');
  expectProblem(await wsp.get('/api/v1/employment?municipality=delft'), 404, 'wsp reads another region');
  for (const [c, who] of [[raad, 'raad'], [inkoop, 'inkoop'], [srteam, 'sr-team'], [groenwerk, 'opdrachtnemer']])
    expectProblem(await c.get('/api/v1/employment'), 403, `${who} lists records`);
});

test('records: write scope per role, refusals write nothing', async () => {
  const before = await total();
  expectProblem(await po.post('/api/v1/employment', record({ municipality: 'lansingerland' })), 403, 'po writes for lansingerland');
  expectProblem(await wsp.post('/api/v1/employment', record({ municipality: 'delft' })), 403, 'wsp writes outside its region');
  expectProblem(await raad.post('/api/v1/employment', record()), 403, 'raad writes');
  expectProblem(await beheer.post('/api/v1/employment', record()), 403, 'beheer writes');
  expectProblem(await po.post('/api/v1/employment', record({ hours_per_week: 0 })), 422, 'hours 0');
  expectProblem(await po.post('/api/v1/employment', record({ hours_per_week: 60.5 })), 422, 'hours above 60');
  expectProblem(await po.post('/api/v1/employment', record({ end: '2024-12-31' })), 422, 'end before start');
  expectProblem(await po.post('/api/v1/employment', record({ bsn: '111222334' })), 422, 'bad BSN');
  expectProblem(await po.post('/api/v1/employment', record({ sector: 'zorg' })), 422, 'unknown sector');
  expectProblem(await po.post('/api/v1/employment', record({ contract_type: 'flex' })), 422, 'unknown contract type');
  expectProblem(await po.post('/api/v1/employment', { ...record(), extra: 1 }), 400, 'unknown field');
  const noCsrf = await po.post('/api/v1/employment', record(), { csrf: false });
  assert.ok(noCsrf.status === 403 || noCsrf.status === 401, `no CSRF token: ${noCsrf.status}`);
  assert.equal(await total(), before, 'nothing written by refused requests');

  const ok = await po.post('/api/v1/employment', record());
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.hours_per_week, 20);
  const again = await po.post('/api/v1/employment', record({ start: '2025-06-01' }));
  expectProblem(again, 409, 'same person, same employer, overlapping');
  const elsewhere = await wsp.post('/api/v1/employment', record({ municipality: 'voorschoten', employer_kvk: '12345671', employer_name: 'Ander BV' }));
  assert.equal(elsewhere.status, 201, elsewhere.text);
});

test('report: figures, scope and council suppression', async () => {
  const r = await po.get('/api/v1/reports/banen?date=2020-12-31');
  assert.equal(r.status, 200, r.text);
  for (const k of ['date', 'people', 'hours', 'banen', 'fte', 'by_sector', 'target', 'goal_met']) assert.ok(k in r.json, k);
  assert.equal(r.json.target.value, 34.6);
  assert.equal(r.json.target.realised, 33.7);
  assert.equal(r.json.goal_met, false);
  expectProblem(await po.get('/api/v1/reports/banen?municipality=delft'), 404, 'po reports on delft');
  expectProblem(await groenwerk.get('/api/v1/reports/banen'), 403, 'opdrachtnemer reads the report');
  const council = await raad.get('/api/v1/reports/banen?date=2023-12-31');
  assert.equal(council.status, 200, council.text);
  assert.ok(!('by_department' in council.json), 'no departments for the council');
  const rows = council.json.by_employer;
  assert.ok(rows.some((x) => x.suppressed === true && x.people === null), 'small groups suppressed');
  assert.ok(rows.every((x) => x.suppressed || x.people >= 5));
});

test('targets: audit office table, who may set them', async () => {
  const t = await po.get('/api/v1/banen/targets');
  assert.equal(t.status, 200, t.text);
  const own = t.json.targets.filter((x) => x.scope === 'gemeente' && x.kind === 'banenafspraak' && x.year <= 2020);
  assert.deepEqual(own.map((x) => [x.year, x.value, x.realised, x.doel_gehaald]),
    [[2018, 27.4, 13.6, 'Nee'], [2019, 31.1, 30.7, 'Nee'], [2020, 34.6, 33.7, 'Nee']]);
  expectProblem(await po.get('/api/v1/banen/targets?municipality=delft'), 404, 'po reads delft targets');
  const set = await po.post('/api/v1/banen/targets', { municipality: 'zoetermeer', year: 2026, value: 40.5 });
  assert.equal(set.status, 200, set.text);
  assert.equal(set.json.unit, 'fte');
  expectProblem(await po.post('/api/v1/banen/targets', { region: 'ZHC', sector: 'markt', year: 2026, value: 1200 }), 403, 'po sets a regional target');
  expectProblem(await po.post('/api/v1/banen/targets', { municipality: 'lansingerland', year: 2026, value: 3 }), 403, 'po sets another municipality');
  expectProblem(await inkoop.post('/api/v1/banen/targets', { municipality: 'zoetermeer', year: 2026, value: 3 }), 403, 'inkoop sets a target');
  expectProblem(await wsp.post('/api/v1/banen/targets', { municipality: 'zoetermeer', year: 2026, value: 3 }), 403, 'wsp sets a target');
  const region = await beheer.post('/api/v1/banen/targets', { region: 'ZHC', sector: 'markt', year: 2026, value: 1200 });
  assert.equal(region.status, 200, region.text);
  assert.equal(region.json.baseline_date, '2013-01-01');
});

test('link from a realisation: scope and idempotence', async () => {
  const list = await beheer.get('/api/v1/contracts?per_page=200');
  const ztm = list.json.items.find((c) => c.reference === 'ZTM-2021-001');
  const lsl = list.json.items.find((c) => c.reference === 'LSL-2023-002');
  const rz = (await beheer.get(`/api/v1/realisations?contract=${ztm.id}`)).json;
  const rzItems = rz.items || rz;
  const banen = rzItems.find((x) => x.block === 'mu-banenafspraak' || (x.block && x.block.code === 'mu-banenafspraak'));
  assert.ok(banen, 'demo has a banenafspraak realisation on ZTM-2021-001');
  const first = await po.post(`/api/v1/employment/from-realisation/${banen.id}`, {});
  assert.equal(first.status, 200, first.text);   // the register linked it when it was reported
  assert.equal(first.json.created, false);
  expectProblem(await inkoop.post(`/api/v1/employment/from-realisation/${banen.id}`, {}), 403, 'inkoop links');
  const rl = (await beheer.get(`/api/v1/realisations?contract=${lsl.id}`)).json;
  const other = (rl.items || rl)[0];
  expectProblem(await po.post(`/api/v1/employment/from-realisation/${other.id}`, {}), 404, 'po links a lansingerland realisation');
  expectProblem(await po.post('/api/v1/employment/from-realisation/987654', {}), 404, 'unknown realisation');
});

test('import: all or nothing, every bad row listed, scope per row', async () => {
  const head = 'municipality,employer_kvk,employer_name,department,sector,bsn,target_group,start,end,hours_per_week,contract_type,instrument,source';
  const good = [head,
    'zoetermeer,12345672,Import BV,,markt,123456782,wsw,2025-02-01,,24,tijdelijk,loonkostensubsidie,wsp',
    'zoetermeer,12345672,,,markt,222333443,participatiewet,2025-03-01,2025-05-31,18,proefplaatsing,none,De Binnenbaan'].join('\n');
  const before = await total();
  const bad = [head,
    'zoetermeer,12345673,Fout BV,,markt,123456782,wsw,2025-02-01,,0,tijdelijk,geen,wsp',
    'lansingerland,12345673,Fout BV,,markt,222333443,wajong,2025-02-01,,20,vast,geen,wsp',
    'zoetermeer,12345673,Fout BV,,zorg,111222333,wajong,2025-02-01,,20,vast,geen,wsp'].join('\n');
  const r = await po.post('/api/v1/employment/import', { csv: bad, name: 'fout.csv' });
  expectProblem(r, 422, 'bad file');
  assert.deepEqual(r.json.errors.map((x) => [x.line, x.column]), [[2, 'hours_per_week'], [3, 'municipality'], [4, 'sector']]);
  assert.equal(await total(), before, 'nothing stored from a refused file');
  expectProblem(await raad.post('/api/v1/employment/import', { csv: good }), 403, 'raad imports');
  const ok = await po.post('/api/v1/employment/import', { csv: good, name: 'goed.csv' });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.imported, 2);
  assert.equal(await total(), before + 2);
});
