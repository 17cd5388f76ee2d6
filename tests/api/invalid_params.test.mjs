// Validation errors list every invalid field at once (ADR invalid-input extension):
// invalidParams [{name, reason}] on 400 (malformed body) and 422 (values that break a rule), with
// `field` (the first) kept for existing clients; nothing is written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, loggedIn, isProblem } from './lib.mjs';

let srv, beheer, inkoop, sr, wsp;
const sql = (q) => execFileSync('sqlite3', [srv.db, q]).toString().trim();
before(async () => {
  srv = await startServer();
  [beheer, inkoop, sr, wsp] = await Promise.all(['beheer', 'inkoop', 'srteam', 'wsp'].map((u) => loggedIn(srv.base, u)));
});
after(async () => { await srv.stop(); });

// The problem lists exactly these fields, `field` is the first of them, each with a Dutch reason.
function lists(r, status, path, names) {
  assert.ok(isProblem(r, status), `${path}: ${r.status} ${r.text}`);
  const got = r.json.invalidParams.map((p) => p.name);
  assert.deepEqual([...got].sort(), [...names].sort(), `${path}: ${r.text}`);
  assert.equal(r.json.field, got[0], 'field is the first invalid one');
  for (const p of r.json.invalidParams) {
    assert.equal(typeof p.reason, 'string');
    assert.ok(p.reason.length > 5 && r.json.detail.includes(p.reason), `${p.name}: reason in the detail`);
  }
  return r.json.invalidParams;
}

const contract = {
  municipality: 'zoetermeer', reference: 'ZTM-ADR-1', title: 'Testopdracht', category: 'diensten', procedure: 'europees',
  value: 250000, labour_share_pct: 40, award_date: '2026-03-02', start_date: '2026-04-01', end_date: '2027-03-31',
  contractor_kvk: '12345678',
};
const count = (table) => Number(sql(`SELECT count(*) FROM ${table}`));

test('a malformed body: every unknown, mistyped and missing field in one 400', async () => {
  const before = count('contracts');
  const r = await inkoop.post('/api/v1/contracts', { municipality: 'zoetermeer', title: 12, is_admin: true, value: [1] });
  const bad = lists(r, 400, '/api/v1/contracts', ['title', 'is_admin', 'value', 'reference', 'category', 'procedure',
    'labour_share_pct', 'award_date', 'start_date', 'end_date', 'contractor_kvk']);
  assert.match(bad.find((p) => p.name === 'is_admin').reason, /onbekend veld/);
  assert.match(bad.find((p) => p.name === 'reference').reason, /ontbreekt/);
  assert.equal(count('contracts'), before, 'nothing written');
});

test('contracts: every value that breaks a rule in one 422', async () => {
  const before = count('contracts');
  const r = await inkoop.post('/api/v1/contracts', { ...contract, category: 'diensten-x', labour_share_pct: 140,
    award_date: '2023-02-30', end_date: '2026-01-01', contractor_kvk: '1234' });
  lists(r, 422, '/api/v1/contracts', ['category', 'labour_share_pct', 'award_date', 'end_date', 'contractor_kvk']);
  assert.equal(r.json.field, 'category', 'the first in the order the rules are checked, as before');
  // One bad value: a list of one.
  const one = await inkoop.post('/api/v1/contracts', { ...contract, award_date: '2023-02-30' });
  lists(one, 422, '/api/v1/contracts', ['award_date']);
  assert.equal(count('contracts'), before, 'nothing written');
});

test('realisations: every bad value in one 422', async () => {
  const id = sql("SELECT c.id FROM contracts c JOIN municipalities m ON m.id = c.municipality_id WHERE m.code = 'zoetermeer' LIMIT 1");
  const before = count('realisations');
  const r = await sr.post('/api/v1/realisations', { contract_id: Number(id), block: 'zu-werkzoekend', bsn: '123456789',
    hours_per_week: 0, start: '2026-13-01', amount: -5 });
  lists(r, 422, '/api/v1/realisations', ['bsn', 'hours_per_week', 'start', 'amount']);
  assert.equal(count('realisations'), before);
});

test('employer services: employer, vacancy and candidate list every bad value', async () => {
  const before = [count('employers'), count('vacancies'), count('candidates')];
  lists(await wsp.post('/api/v1/employers', { kvk: '1234', name: 'X', municipality: 'zoetermeer', size_class: 'reus',
    postcode: 'nergens' }), 422, '/api/v1/employers', ['kvk', 'size_class', 'postcode']);
  const employer = Number(sql("SELECT e.id FROM employers e JOIN municipalities m ON m.id = e.municipality_id WHERE m.code = 'zoetermeer' LIMIT 1"));
  lists(await wsp.post('/api/v1/vacancies', { employer, title: 'Magazijn', hours_min: 32, hours_max: 24, start_date: '2026-02-30',
    wanted: 3, education: 'doctor', groups: ['marsmannetjes'] }), 422, '/api/v1/vacancies', ['hours_min', 'start_date', 'education', 'groups']);
  lists(await wsp.post('/api/v1/candidates', { bsn: '123456789', municipality: 'zoetermeer', education: 'doctor', hours_min: 16,
    hours_max: 24, postcode: 'x', travel_km: 10, available_from: 'morgen', consent: true }), 422, '/api/v1/candidates',
  ['bsn', 'education', 'postcode', 'available_from']);
  assert.deepEqual([count('employers'), count('vacancies'), count('candidates')], before, 'nothing written');
});

test('users: role, municipalities, name and password in one 422', async () => {
  const before = count('users');
  const r = await beheer.post('/api/v1/users', { username: 'x', role: 'koning', password: 'wachtwoord1',
    municipalities: Array.from({ length: 40 }, () => 'zoetermeer') });
  lists(r, 422, '/api/v1/users', ['role', 'municipalities', 'username', 'password']);
  assert.equal(r.json.field, 'role', 'the handler\'s own checks come first, as before');
  // The handler's own check alone still writes nothing.
  const m = await beheer.post('/api/v1/users', { username: 'veel-gemeenten', role: 'inkoop', password: 'Tulpenbol-Kaasschaaf-42',
    municipalities: Array.from({ length: 40 }, () => 'zoetermeer') });
  lists(m, 422, '/api/v1/users', ['municipalities']);
  assert.equal(count('users'), before, 'nothing written');
});

test('a bad query parameter or id names it in invalidParams too', async () => {
  lists(await sr.get('/api/v1/contracts/abc'), 400, '/api/v1/contracts/abc', ['id']);
  lists(await sr.get('/api/v1/contracts?year=twintig'), 400, '/api/v1/contracts', ['year']);
  // Not an input error: no invalidParams.
  const r = await sr.get('/api/v1/contracts/999999');
  assert.ok(isProblem(r, 404));
  assert.equal(r.json.invalidParams, undefined);
});

test('a refused employment import lists every bad row in invalidParams', async () => {
  const po = await loggedIn(srv.base, 'po');
  const head = 'municipality,employer_kvk,employer_name,department,sector,bsn,target_group,start,end,hours_per_week,contract_type,instrument,source';
  const csv = [head,
    'zoetermeer,12345673,Fout BV,,markt,123456782,wsw,2025-02-01,,0,tijdelijk,geen,wsp',
    'zoetermeer,12345673,Fout BV,,zorg,111222333,wajong,2025-02-01,,20,vast,geen,wsp'].join('\n');
  const r = await po.post('/api/v1/employment/import', { csv });
  assert.ok(isProblem(r, 422), r.text);
  assert.deepEqual(r.json.invalidParams.map((p) => p.name), ['csv', 'csv']);
  assert.match(r.json.invalidParams[0].reason, /^regel 2, kolom hours_per_week: /);
  assert.match(r.json.invalidParams[1].reason, /^regel 3, kolom sector: /);
});
