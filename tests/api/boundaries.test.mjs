// Every role tries to cross each of its boundaries: reading, listing, changing and guessing ids.
// Outside its scope a resource is 404 (indistinguishable from a missing id); a role-forbidden
// action is 403. Nothing is written by a refused request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn, isProblem } from './lib.mjs';

let srv, beheer, all, delft, own, other, groenRealisation, delftRealisation, lslContract;
const GROEN = '27362514', SCHOON = '58221904';
const NONEXISTENT = 987654;

before(async () => {
  // Fixture: Delft gets a copy of Zoetermeer's policies (there is no policy editor in the API yet).
  const cols = 'name, effective_from, applies_werken, applies_diensten, applies_leveringen, applies_enkelvoudig, ' +
    'applies_meervoudig, applies_nationaal, applies_europees, min_werken_cents, min_diensten_cents, min_leveringen_cents, ' +
    'pct_bp, low_labour_pct_bp, low_labour_below_bp, sebo_meets_meervoudig';
  srv = await startServer({}, `INSERT INTO policies(municipality_id, ${cols}) SELECT (SELECT id FROM municipalities WHERE code='delft'), ${cols} FROM policies WHERE municipality_id = (SELECT id FROM municipalities WHERE code='zoetermeer');`);
  beheer = await loggedIn(srv.base, 'beheer');
  // A municipality none of the demo users serves: Delft, with its own inkoop and SR-team users.
  for (const u of [{ username: 'inkoop-delft', role: 'inkoop' }, { username: 'sr-delft', role: 'sr-team' }]) {
    const r = await beheer.post('/api/v1/users', { ...u, password: 'delft-wachtwoord-1', municipalities: ['delft'] });
    assert.equal(r.status, 201, r.text);
  }
  const inkoopDelft = new Client(srv.base);
  await inkoopDelft.login('inkoop-delft', 'delft-wachtwoord-1');
  const c = await inkoopDelft.post('/api/v1/contracts', {
    municipality: 'delft', reference: 'DLF-2026-001', title: 'Onderhoud grachten', category: 'werken',
    procedure: 'europees', value: 900000, labour_share_pct: 45, award_date: '2026-01-12', start_date: '2026-02-01',
    end_date: '2027-01-31', contractor_kvk: '87654321', contractor_name: 'Delfts Water BV',
  });
  assert.equal(c.status, 201, c.text);
  delft = c.json;
  const srDelft = new Client(srv.base);
  await srDelft.login('sr-delft', 'delft-wachtwoord-1');
  const r = await srDelft.post('/api/v1/realisations', { contract_id: delft.id, block: 'zu-werkzoekend', bsn: '271828183', candidate_ref: 'DW-1', hours_per_week: 36, start: '2026-02-01', end: '2026-05-31' });
  assert.equal(r.status, 201, r.text);
  delftRealisation = r.json;

  const list = await beheer.get('/api/v1/contracts?per_page=200');
  assert.equal(list.status, 200);
  all = list.json.items;
  own = all.filter((x) => x.contractor.kvk === GROEN);
  other = all.filter((x) => x.contractor.kvk !== GROEN);
  assert.ok(own.length >= 2 && other.length >= 5, 'demo has contracts of several contractors');
  lslContract = all.find((x) => x.municipality === 'lansingerland' && x.contractor.kvk !== GROEN) ||
    all.find((x) => x.municipality === 'lansingerland');

  // groenwerk reports a realisation on its own running contract.
  const groen = await loggedIn(srv.base, 'groenwerk');
  const running = own.find((x) => x.end_date >= '2026-06-01') || own[0];
  const g = await groen.post('/api/v1/realisations', { contract_id: running.id, block: 'zu-werkzoekend', bsn: '271828195', candidate_ref: 'GW-T1', hours_per_week: 36, start: running.start_date, end: running.start_date });
  assert.equal(g.status, 201, g.text);
  groenRealisation = g.json;
});
after(async () => { await srv.stop(); });

const notFound = (r, what) => assert.ok(isProblem(r, 404), `${what}: expected 404, got ${r.status} ${r.text}`);
const forbidden = (r, what) => assert.ok(isProblem(r, 403), `${what}: expected 403, got ${r.status} ${r.text}`);

async function count() { return (await beheer.get('/api/v1/contracts?per_page=1')).json.total; }
async function realisationCount(contractId) { return (await beheer.get(`/api/v1/realisations?contract=${contractId}`)).json.items.length; }

// Administrative boundaries every non-beheer role must hit.
async function adminBoundaries(c, role) {
  forbidden(await c.get('/api/v1/users'), `${role} lists users`);
  forbidden(await c.post('/api/v1/users', { username: 'inbreker', role: 'beheer', password: 'inbreker-wachtwoord' }), `${role} creates a user`);
  forbidden(await c.post('/api/v1/users/1/disable'), `${role} disables beheer`);
  forbidden(await c.post('/api/v1/users/1/password', { password: 'overgenomen-1234' }), `${role} sets beheer's password`);
  forbidden(await c.get('/api/v1/audit'), `${role} reads the audit log`);
  assert.equal((await new Client(srv.base).login('beheer')).status, 200, 'beheer untouched');
}

// Guessing every contract id (and one that does not exist): exactly those in scope answer 200, the
// others answer exactly what a missing id answers.
async function guessAllIds(c, inScope, who) {
  const missing = await c.get(`/api/v1/contracts/${NONEXISTENT}`);
  notFound(missing, `${who}: missing id`);
  for (const x of [...all, delft]) {
    const r = await c.get(`/api/v1/contracts/${x.id}`);
    if (inScope(x)) assert.equal(r.status, 200, `${who}: contract ${x.id}`);
    else {
      notFound(r, `${who}: contract ${x.id}`);
      assert.deepEqual(r.json, missing.json);
    }
    const rl = await c.get(`/api/v1/realisations?contract=${x.id}`);
    assert.equal(rl.status, inScope(x) ? 200 : 404, `${who}: realisations of ${x.id}`);
  }
}

test('every scoped role guessing every contract id sees exactly its scope', async () => {
  const region = ['zoetermeer', 'lansingerland', 'pijnacker-nootdorp'];
  await guessAllIds(await loggedIn(srv.base, 'inkoop'), (x) => x.municipality === 'zoetermeer', 'inkoop');
  await guessAllIds(await loggedIn(srv.base, 'srteam'), (x) => region.includes(x.municipality), 'srteam');
  await guessAllIds(await loggedIn(srv.base, 'wsp'), (x) => region.includes(x.municipality), 'wsp');
  await guessAllIds(await loggedIn(srv.base, 'schoonsociaal'), (x) => x.contractor.kvk === SCHOON, 'schoonsociaal');
  await guessAllIds(await loggedIn(srv.base, 'beheer'), () => true, 'beheer');
});

test('opdrachtnemer sees and changes only its own organisation', async () => {
  const c = await loggedIn(srv.base, 'groenwerk');
  const list = await c.get('/api/v1/contracts?per_page=200');
  assert.equal(list.status, 200);
  assert.deepEqual(list.json.items.map((x) => x.id).sort(), own.map((x) => x.id).sort());
  // Guessing ids: exactly its own answer 200; every other one looks like a missing id.
  const missing = await c.get(`/api/v1/contracts/${NONEXISTENT}`);
  notFound(missing, 'missing id');
  for (const x of [...all, delft]) {
    const r = await c.get(`/api/v1/contracts/${x.id}`);
    if (x.contractor.kvk === GROEN) assert.equal(r.status, 200);
    else {
      notFound(r, `contract ${x.id}`);
      assert.deepEqual(r.json, missing.json, 'no difference between hidden and missing');
    }
  }
  notFound(await c.get(`/api/v1/contracts?contractor=${SCHOON}`), 'filter on another contractor');
  assert.equal((await c.get(`/api/v1/contracts?contractor=${GROEN}`)).status, 200);
  notFound(await c.get(`/api/v1/realisations?contract=${other[0].id}`), 'realisations of another contract');
  assert.equal((await c.get(`/api/v1/realisations?contract=${own[0].id}`)).status, 200);
  assert.equal((await c.get('/api/v1/realisations')).status, 400, 'no unscoped realisation list');
  const before = await realisationCount(other[0].id);
  notFound(await c.post('/api/v1/realisations', { contract_id: other[0].id, block: 'zu-werkzoekend', bsn: '271828201', hours_per_week: 36, start: other[0].start_date }), 'report on another contract');
  assert.equal(await realisationCount(other[0].id), before, 'nothing written');
  notFound(await c.post(`/api/v1/contracts/${other[0].id}/yearly-reports`, { year_no: 1 }), 'yearly report on another contract');
  forbidden(await c.post(`/api/v1/realisations/${groenRealisation.id}/verify`), 'verify its own realisation');
  forbidden(await c.post(`/api/v1/realisations/${groenRealisation.id}/reject`, { reason: 'x' }), 'reject');
  forbidden(await c.post(`/api/v1/contracts/${own[0].id}/contact`, { date: '2026-01-01' }), 'record contact');
  const n = await count();
  forbidden(await c.post('/api/v1/contracts', { municipality: 'zoetermeer' }), 'register a contract');
  assert.equal(await count(), n);
  forbidden(await c.get('/api/v1/reports/sroi'), 'aggregate report');
  const od = await c.get('/api/v1/overdue');
  assert.equal(od.status, 200);
  for (const k of ['contact', 'yearly_report', 'behind']) for (const x of od.json[k]) assert.equal(x.contractor.kvk, GROEN);
  const orgs = await c.get('/api/v1/organisations');
  assert.deepEqual(orgs.json.items.map((o) => o.kvk), [GROEN]);
  await adminBoundaries(c, 'opdrachtnemer');
});

test('another opdrachtnemer finds no trace of the first one', async () => {
  const c = await loggedIn(srv.base, 'schoonsociaal');
  const list = await c.get('/api/v1/contracts?per_page=200');
  assert.ok(list.json.items.every((x) => x.contractor.kvk === SCHOON));
  assert.doesNotMatch(list.text, /Groenwerk|27362514/);
  for (const x of own) notFound(await c.get(`/api/v1/contracts/${x.id}`), `groenwerk contract ${x.id}`);
  notFound(await c.get(`/api/v1/realisations?contract=${own[0].id}`), 'groenwerk realisations');
  notFound(await c.get(`/api/v1/contracts?contractor=${GROEN}`), 'filter on groenwerk');
  assert.doesNotMatch((await c.get('/api/v1/overdue')).text, /Groenwerk|27362514/);
  assert.doesNotMatch((await c.get('/api/v1/organisations')).text, /Groenwerk|27362514/);
  forbidden(await c.post(`/api/v1/realisations/${groenRealisation.id}/verify`), 'verify groenwerk realisation');
});

test('inkoop works only in its municipalities and does not verify', async () => {
  const c = await loggedIn(srv.base, 'inkoop');
  const list = await c.get('/api/v1/contracts?per_page=200');
  assert.ok(list.json.items.length > 0 && list.json.items.every((x) => x.municipality === 'zoetermeer'));
  notFound(await c.get(`/api/v1/contracts/${lslContract.id}`), 'lansingerland contract');
  notFound(await c.get(`/api/v1/contracts/${delft.id}`), 'delft contract');
  notFound(await c.get('/api/v1/contracts?municipality=lansingerland'), 'list lansingerland');
  notFound(await c.get(`/api/v1/realisations?contract=${lslContract.id}`), 'lansingerland realisations');
  notFound(await c.get('/api/v1/reports/sroi?municipality=lansingerland'), 'lansingerland report');
  const n = await count();
  const r = await c.post('/api/v1/contracts', {
    municipality: 'lansingerland', reference: 'LSL-INBRAAK', title: 'Niet van mij', category: 'werken', procedure: 'europees',
    value: 500000, labour_share_pct: 40, award_date: '2026-01-05', start_date: '2026-02-01', end_date: '2026-12-31', contractor_kvk: '12345678',
  });
  forbidden(r, 'register in lansingerland');
  assert.equal(await count(), n, 'nothing written');
  forbidden(await c.post(`/api/v1/realisations/${groenRealisation.id}/verify`), 'verify');
  forbidden(await c.post(`/api/v1/realisations/${groenRealisation.id}/reject`, { reason: 'nee' }), 'reject');
  forbidden(await c.post(`/api/v1/contracts/${own[0].id}/contact`, { date: '2026-01-01' }), 'contact');
  forbidden(await c.post('/api/v1/realisations', { contract_id: own[0].id, block: 'zu-werkzoekend', bsn: '271828201', hours_per_week: 36, start: own[0].start_date }), 'report a realisation');
  await adminBoundaries(c, 'inkoop');
});

test('sr-team works only in the municipalities it serves', async () => {
  const c = await loggedIn(srv.base, 'srteam');
  const list = await c.get('/api/v1/contracts?per_page=200');
  assert.ok(list.json.items.every((x) => ['zoetermeer', 'lansingerland', 'pijnacker-nootdorp'].includes(x.municipality)));
  assert.ok(!list.json.items.some((x) => x.id === delft.id));
  notFound(await c.get(`/api/v1/contracts/${delft.id}`), 'delft contract');
  notFound(await c.get('/api/v1/contracts?municipality=delft'), 'list delft');
  notFound(await c.get('/api/v1/overdue?municipality=delft'), 'delft overdue');
  notFound(await c.get(`/api/v1/realisations?contract=${delft.id}`), 'delft realisations');
  notFound(await c.post(`/api/v1/realisations/${delftRealisation.id}/verify`), 'verify delft realisation');
  notFound(await c.post(`/api/v1/realisations/${delftRealisation.id}/reject`, { reason: 'nee' }), 'reject delft realisation');
  notFound(await c.post(`/api/v1/contracts/${delft.id}/contact`, { date: '2026-01-20' }), 'contact on delft');
  notFound(await c.post(`/api/v1/contracts/${delft.id}/yearly-reports`, { year_no: 1 }), 'yearly report on delft');
  notFound(await c.post('/api/v1/realisations', { contract_id: delft.id, block: 'zu-werkzoekend', bsn: '271828201', hours_per_week: 36, start: '2026-03-01' }), 'report on delft');
  const d = await beheer.get(`/api/v1/realisations?contract=${delft.id}`);
  assert.ok(d.json.items.every((x) => x.status === 'gemeld'), 'delft realisation undecided');
  const n = await count();
  forbidden(await c.post('/api/v1/contracts', { ...delftBody(), reference: 'DLF-INBRAAK' }), 'register in delft');
  assert.equal(await count(), n);
  // Inside its scope it may verify.
  const v = await c.post(`/api/v1/realisations/${groenRealisation.id}/verify`);
  assert.equal(v.status, 200, v.text);
  assert.equal(v.json.status, 'geverifieerd');
  await adminBoundaries(c, 'sr-team');
});

function delftBody() {
  return { municipality: 'delft', reference: 'X', title: 'X', category: 'werken', procedure: 'europees', value: 500000, labour_share_pct: 40, award_date: '2026-01-05', start_date: '2026-02-01', end_date: '2026-12-31', contractor_kvk: '12345678' };
}

test('wsp reads the register of its municipalities and changes nothing', async () => {
  const c = await loggedIn(srv.base, 'wsp');
  assert.equal((await c.get(`/api/v1/contracts/${own[0].id}`)).status, 200);
  notFound(await c.get(`/api/v1/contracts/${delft.id}`), 'delft contract');
  forbidden(await c.post(`/api/v1/realisations/${delftRealisation.id}/verify`), 'verify');
  forbidden(await c.post('/api/v1/realisations', { contract_id: own[0].id, block: 'zu-werkzoekend', bsn: '271828201', hours_per_week: 36, start: own[0].start_date }), 'report');
  forbidden(await c.post('/api/v1/contracts', delftBody()), 'register');
  forbidden(await c.post(`/api/v1/contracts/${own[0].id}/contact`, { date: '2026-01-01' }), 'contact');
  forbidden(await c.post(`/api/v1/contracts/${own[0].id}/yearly-reports`, { year_no: 1 }), 'yearly report');
  forbidden(await c.get('/api/v1/overdue'), 'overdue lists');
  await adminBoundaries(c, 'wsp');
});

for (const role of ['raad', 'po']) {
  test(`${role} sees aggregates of its municipality only, never records`, async () => {
    const c = await loggedIn(srv.base, role);
    const rep = await c.get('/api/v1/reports/sroi');
    assert.equal(rep.status, 200);
    assert.ok(rep.json.rows.length > 0 && rep.json.rows.every((x) => x.municipality === 'zoetermeer'));
    notFound(await c.get('/api/v1/reports/sroi?municipality=lansingerland'), 'lansingerland aggregate');
    forbidden(await c.get('/api/v1/contracts'), 'contract list');
    // Forbidden whatever the id: a role boundary tells nothing about which ids exist.
    forbidden(await c.get(`/api/v1/contracts/${own[0].id}`), 'contract');
    forbidden(await c.get(`/api/v1/contracts/${NONEXISTENT}`), 'missing contract');
    forbidden(await c.get(`/api/v1/realisations?contract=${own[0].id}`), 'realisations');
    forbidden(await c.get('/api/v1/overdue'), 'overdue');
    forbidden(await c.get('/api/v1/organisations'), 'organisations');
    forbidden(await c.post(`/api/v1/realisations/${delftRealisation.id}/verify`), 'verify');
    forbidden(await c.post('/api/v1/contracts', delftBody()), 'register');
    await adminBoundaries(c, role);
  });
}

test('beheer manages users and reads the audit log, but does not do the register work', async () => {
  assert.equal((await beheer.get(`/api/v1/contracts/${delft.id}`)).status, 200, 'reads every municipality');
  forbidden(await beheer.post(`/api/v1/realisations/${delftRealisation.id}/verify`), 'verify');
  forbidden(await beheer.post('/api/v1/contracts', delftBody()), 'register');
  forbidden(await beheer.post('/api/v1/realisations', { contract_id: delft.id, block: 'zu-werkzoekend', bsn: '271828201', hours_per_week: 36, start: '2026-03-01' }), 'report');
  const me = (await beheer.get('/api/v1/session')).json.user;
  assert.equal((await beheer.post(`/api/v1/users/${me.id}/disable`)).status, 409, 'cannot lock itself out');
  const audit = await beheer.get('/api/v1/audit?entity=user&per_page=200');
  assert.equal(audit.status, 200);
  assert.ok(audit.json.items.some((a) => a.action === 'create' && a.detail.username === 'inkoop-delft'));
  assert.doesNotMatch(audit.text, /delft-wachtwoord-1/, 'never a password in the audit log');
  const contractAudit = await beheer.get(`/api/v1/audit?entity=contract&entity_id=${delft.id}`);
  assert.ok(contractAudit.json.items.length >= 1);
  assert.match(contractAudit.json.items[0].actor, /inkoop-delft/);
});
