// Several application servers on one database (issue 13): two `inclusio serve` processes share one
// database (on PostgreSQL through `make api-pg`, on SQLite the same file). The database decides
// concurrent rules: many parallel requests from both servers for the same person on overlapping days
// store exactly one realisation, the same for a contract reference and for verifying one realisation;
// sessions, login throttling, the audit log and the response cache work across the two processes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem, Client, PASSWORDS } from './lib.mjs';

const ROUNDS = Number(process.env.INCLUSIO_SERVERS_ROUNDS || 20);
const PER_SERVER = 5;   // parallel requests per server per round

let a, b;                 // the two servers
let inkA, inkB, grA, grB, srA, srB, behB;
let contractId;

// A BSN that passes the eleven test, distinct per n.
function bsn(n) {
  for (let last = 0; ; last++) {
    const d = String(700000000 + n * 10 + last).padStart(9, '0').split('').map(Number);
    const sum = d.slice(0, 8).reduce((s, x, i) => s + x * (9 - i), 0) - d[8];
    if (sum % 11 === 0 && d[0] !== 0) return d.join('');
    if (last > 9) { n += 1000; last = -1; }
  }
}

before(async () => {
  a = await startServer({ INCLUSIO_THROTTLE_USER: '4' });
  b = await startServer({ INCLUSIO_THROTTLE_USER: '4' }, null, a);
  [inkA, grA, srA] = await Promise.all(['inkoop', 'groenwerk', 'srteam'].map((u) => loggedIn(a.base, u)));
  [inkB, grB, srB, behB] = await Promise.all(['inkoop', 'groenwerk', 'srteam', 'beheer'].map((u) => loggedIn(b.base, u)));
  const c = await inkA.post('/api/v1/contracts', {
    municipality: 'zoetermeer', department: 'Stadsbeheer', reference: 'ZTM-2026-SRV', title: 'Twee servers',
    category: 'werken', procedure: 'europees', value: 5000000, labour_share_pct: 45, award_date: '2026-01-05',
    start_date: '2026-01-01', end_date: '2028-12-31', contractor_kvk: '27362514',
  });
  assert.equal(c.status, 201, c.text);
  contractId = c.json.id;
});
after(async () => { await b.stop(); await a.stop(); });

// n requests on each server at once: fn(client-side index, server client) -> response
async function burst(clientA, clientB, fn) {
  const jobs = [];
  for (let i = 0; i < PER_SERVER; i++) {
    jobs.push(fn(clientA, 2 * i));
    jobs.push(fn(clientB, 2 * i + 1));
  }
  return Promise.all(jobs);
}

function oneWins(rs, ok, refused, what) {
  const won = rs.filter((r) => r.status === ok);
  const lost = rs.filter((r) => r.status !== ok);
  assert.equal(won.length, 1, `${what}: exactly one accepted, got ${rs.map((r) => r.status).join(',')}`);
  for (const r of lost) {
    assert.ok(isProblem(r, 409), `${what}: the others refused with 409, got ${r.status} ${r.text}`);
    assert.match(r.json.detail, refused, what);
  }
  return won[0];
}

test('the same person on overlapping days from two servers at once: exactly one is stored', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const person = bsn(round);
    const rs = await burst(grA, grB, (c, i) => c.post('/api/v1/realisations', {
      contract_id: contractId, block: 'mu-participatiewet', bsn: person, candidate_ref: `R${round}-${i}`,
      hours_per_week: 36, start: `2026-03-${String(1 + i).padStart(2, '0')}`, end: '2026-05-31',
    }));
    oneWins(rs, 201, /telt al mee/, `round ${round}`);
  }
  const list = await grB.get(`/api/v1/realisations?contract=${contractId}&per_page=100`);
  assert.equal(list.status, 200);
  assert.equal(list.json.items.length, ROUNDS, 'one realisation per person stored');
});

test('one contract reference from two servers at once: exactly one contract', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const rs = await burst(inkA, inkB, (c, i) => c.post('/api/v1/contracts', {
      municipality: 'zoetermeer', reference: `ZTM-PAR-${round}`, title: `Parallel ${i}`, category: 'werken',
      procedure: 'europees', value: 100000, labour_share_pct: 45, award_date: '2026-01-05', start_date: '2026-02-01',
      end_date: '2027-01-31', contractor_kvk: '27362514',
    }));
    oneWins(rs, 201, /bestaat al/, `round ${round}`);
  }
});

test('verifying one realisation on two servers at once: decided once, progress moves once', async () => {
  let verified = 0;
  const ids = [];
  for (let round = 0; round < ROUNDS; round++) {
    const r = await grA.post('/api/v1/realisations', {
      contract_id: contractId, block: 'mu-participatiewet', bsn: bsn(1000 + round), hours_per_week: 36,
      start: '2027-01-01', end: '2027-01-31',
    });
    assert.equal(r.status, 201, r.text);
    const rs = await burst(srA, srB, (c) => c.post(`/api/v1/realisations/${r.json.id}/verify`));
    oneWins(rs, 200, /./, `round ${round}`);
    verified += r.json.value;
    ids.push(r.json.id);
  }
  const c = await srB.get(`/api/v1/contracts/${contractId}`);
  assert.equal(Math.round(c.json.progress.verified * 100), Math.round(verified * 100),
    'the verified progress counts each realisation once');
  const audit = await behB.get('/api/v1/audit?entity=realisation&action=verify&per_page=100');
  assert.equal(audit.status, 200, audit.text);
  const mine = audit.json.items.filter((x) => x.action === 'verify' && ids.includes(x.entity_id));
  assert.equal(mine.length, ROUNDS, 'one verify in the audit log each');
});

test('a session made on server A works on B; logging out on A ends it on B', async () => {
  const c = new Client(a.base);
  assert.equal((await c.login('raad')).status, 200);
  const onB = new Client(b.base);
  onB.cookie = c.cookie;
  onB.csrf = c.csrf;
  const s = await onB.get('/api/v1/session');
  assert.equal(s.status, 200, s.text);
  assert.equal(s.json.user.username, 'raad');
  assert.equal((await c.req('DELETE', '/api/v1/session')).status, 204);
  assert.ok(isProblem(await onB.get('/api/v1/session'), 401), 'the session ended on both');
});

test('failed logins on both servers count together: the account locks everywhere', async () => {
  const bad = await Promise.all([a, b, a, b].map((s) => new Client(s.base).login('po', 'fout-wachtwoord-1')));
  for (const r of bad) assert.ok(isProblem(r, 401) || isProblem(r, 429), `${r.status} ${r.text}`);
  for (const s of [a, b]) {
    const r = await new Client(s.base).login('po', PASSWORDS.po);
    assert.ok(isProblem(r, 429), `locked on ${s === a ? 'A' : 'B'} after four failures spread over both: ${r.status}`);
  }
});

test('a write through A is never answered stale by B (response cache)', async () => {
  for (let round = 0; round < 10; round++) {
    const before = await inkB.get(`/api/v1/contracts/${contractId}`);
    const list = await inkB.get('/api/v1/contracts?municipality=zoetermeer&per_page=100');
    assert.equal(before.status, 200);
    assert.equal((await inkB.get(`/api/v1/contracts/${contractId}`)).text, before.text, 'B answers from its cache');
    const title = `Twee servers ${round}`;
    const n = await inkA.post('/api/v1/contracts', {
      municipality: 'zoetermeer', reference: `ZTM-CACHE-${round}`, title, category: 'werken', procedure: 'europees',
      value: 100000, labour_share_pct: 45, award_date: '2026-01-05', start_date: '2026-02-01', end_date: '2027-01-31',
      contractor_kvk: '27362514',
    });
    assert.equal(n.status, 201, n.text);
    const r = await grA.post('/api/v1/realisations', {
      contract_id: contractId, block: 'mu-participatiewet', bsn: bsn(2000 + round), hours_per_week: 36,
      start: '2027-03-01', end: '2027-03-31',
    });
    assert.equal(r.status, 201, r.text);
    const after = await inkB.get(`/api/v1/contracts/${contractId}`);
    assert.ok(after.json.realisations.some((x) => x.id === r.json.id), 'B shows the realisation just made on A');
    assert.notEqual(after.json.progress.reported, before.json.progress.reported);
    const list2 = await inkB.get('/api/v1/contracts?municipality=zoetermeer&per_page=100');
    assert.ok(list2.json.items.some((x) => x.id === n.json.id), 'B lists the contract just made on A');
    assert.equal(list2.json.items.length, Math.min(100, list.json.items.length + 1));
  }
});
