// PSO over the API (issue 16): beheer sets a policy version's PSO table, the SR-team records and
// withdraws a company's certificate, and the register applies it at once: the contract's PSO cover
// and what is still due, the public calculator the same. Worked figure: ZTM-2022-014 (EUR 120,000.00,
// 01-06-2022 .. 31-05-2027, 1,826 days) at 50 % is EUR 60,000.00 covered; withdrawn on 01-06-2025
// (1,096 days before it) EUR 60,000.00 x 1,096 / 1,826 = EUR 36,013.14, so EUR 83,986.86 is due.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem, sqlOn, Client } from './lib.mjs';

let srv, anon, beheer, srteam, inkoop, wsp, schoon;
const REF = 'ZTM-2022-014', KVK = '58221904', POLICY = '2020-01-06';
const TABLE = `/api/v1/municipalities/zoetermeer/pso-tables/${POLICY}/levels`;
const expectProblem = (r, status, what) => assert.ok(isProblem(r, status), `${what}: expected ${status}, got ${r.status} ${r.text}`);
let contractId;
const contract = async () => (await srteam.get(`/api/v1/contracts/${contractId}`)).json;

before(async () => {
  srv = await startServer();
  anon = new Client(srv.base);
  [beheer, srteam, inkoop, wsp, schoon] = await Promise.all(['beheer', 'srteam', 'inkoop', 'wsp', 'schoonsociaal'].map((u) => loggedIn(srv.base, u)));
  contractId = Number(sqlOn(srv.db, `SELECT id FROM contracts WHERE reference = '${REF}'`));
});
after(async () => { await srv.stop(); });

test('PSO tables: public to read, only beheer sets them, every bad input refused', async () => {
  const t = await anon.get('/api/v1/municipalities/zoetermeer/pso-tables');
  assert.equal(t.status, 200, t.text);
  assert.ok(t.json.items.length >= 2);
  assert.ok(t.json.items.every((p) => p.accepts_pso === false), "Zoetermeer's seeded policies do not accept PSO");
  expectProblem(await anon.get('/api/v1/municipalities/atlantis/pso-tables'), 404, 'unknown municipality');

  expectProblem(await srteam.req('PUT', `${TABLE}/trede-2`, { covers_pct: 50 }), 403, 'the SR-team sets a table');
  expectProblem(await inkoop.req('PUT', `${TABLE}/trede-2`, { covers_pct: 50 }), 403, 'inkoop sets a table');
  expectProblem(await beheer.req('PUT', `${TABLE}/trede-4`, { covers_pct: 50 }), 404, 'unknown level');
  expectProblem(await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/pso-tables/2021-01-01/levels/trede-2', { covers_pct: 50 }), 404, 'no policy from that day');
  expectProblem(await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/pso-tables/2021-02-30/levels/trede-2', { covers_pct: 50 }), 422, 'impossible date');
  expectProblem(await beheer.req('PUT', `${TABLE}/trede-2`, { covers_pct: 120 }), 422, 'above 100 %');
  expectProblem(await beheer.req('PUT', `${TABLE}/trede-2`, { covers_pct: 50, note: 'x' }), 400, 'unknown field');
  assert.equal(sqlOn(srv.db, 'SELECT count(*) FROM policy_pso'), '0');
});

test('certificates: the SR-team records and withdraws, the register and the calculator apply it', async () => {
  const path = `/api/v1/organisations/${KVK}/pso-certificates`;
  const cert = { level: 'trede-2', valid_from: '2022-01-01', valid_until: '2027-12-31' };
  expectProblem(await wsp.post(path, cert), 403, 'wsp records a certificate');
  expectProblem(await schoon.post(path, cert), 403, 'a contractor records its own');
  expectProblem(await srteam.post(path, { ...cert, level: 'trede-9' }), 422, 'unknown level');
  expectProblem(await srteam.post(path, { ...cert, valid_until: '2021-01-01' }), 422, 'until before from');
  expectProblem(await srteam.post(path, { ...cert, valid_from: '01-01-2022' }), 422, 'not an ISO date');
  expectProblem(await srteam.post('/api/v1/organisations/99999999/pso-certificates', cert), 404, 'unknown company');
  const added = await srteam.post(path, cert);
  assert.equal(added.status, 201, added.text);
  assert.deepEqual(added.json.items.map((c) => [c.level, c.valid_from, c.valid_until, c.withdrawn_on]), [['trede-2', '2022-01-01', '2027-12-31', null]]);
  assert.equal((await wsp.get(path)).status, 200, 'wsp reads them');

  // No table yet: the certificate counts for nothing.
  let c = await contract();
  assert.equal(c.obligation.pso_covered, 0);
  assert.equal(c.progress.due, 120000);

  // Beheer: trede 2 covers 50 % under the policy of 06-01-2020.
  const set = await beheer.req('PUT', `${TABLE}/trede-2`, { covers_pct: 50 });
  assert.equal(set.status, 200, set.text);
  assert.equal(set.json.items.find((p) => p.effective_from === POLICY).covers_percentage['trede-2'], 50);
  c = await contract();
  assert.equal(c.obligation.pso_covered, 60000);
  assert.equal(c.progress.due, 60000);
  const calc = await anon.post('/api/v1/calc/obligation', { category: 'diensten', procedure: 'europees', value: 2400000, labour_share_pct: 60,
    award_date: '2022-05-01', contractor_kvk: KVK, start_date: '2022-06-01', end_date: '2027-05-31' });
  assert.equal(calc.status, 200, calc.text);
  assert.deepEqual([calc.json.pso.applies, calc.json.pso.level, calc.json.pso.covered, calc.json.pso.remaining], [true, 'trede-2', calc.json.amount / 2, calc.json.amount / 2]);
  expectProblem(await anon.post('/api/v1/calc/obligation', { category: 'diensten', procedure: 'europees', value: 2400000, labour_share_pct: 60,
    award_date: '2022-05-01', contractor_kvk: '1234' }), 422, 'calculator: a KvK number of 4 digits');

  // Withdrawn on 01-06-2025: covered for 1,096 of 1,826 days, a notice to the SR-team.
  expectProblem(await srteam.post(`${path}/withdraw`, { date: '2020-01-01' }), 404, 'no certificate valid that day');
  const w = await srteam.post(`${path}/withdraw`, { date: '2025-06-01' });
  assert.equal(w.status, 200, w.text);
  assert.deepEqual(w.json, { withdrawn: 1, notices: 1 });
  c = await contract();
  assert.equal(c.obligation.pso_covered, 36013.14);
  assert.equal(c.progress.due, 83986.86);
  assert.equal(sqlOn(srv.db, `SELECT count(*) FROM sr_notices WHERE contract_id = ${contractId} AND kind = 'pso-vervallen'`), '1');

  // The level taken out of the table: the whole obligation is due again.
  const del = await beheer.req('DELETE', `${TABLE}/trede-2`);
  assert.equal(del.status, 200, del.text);
  c = await contract();
  assert.equal(c.obligation.pso_covered, 0);
  assert.equal(c.progress.due, 120000);
  const audited = sqlOn(srv.db, "SELECT action || ':' || entity FROM audit_log WHERE entity IN ('pso_certificate', 'policy_pso') ORDER BY id")
    .split('\n').filter(Boolean).join(' ');
  assert.equal(audited, 'create:pso_certificate update:policy_pso withdraw:pso_certificate delete:policy_pso');
});
