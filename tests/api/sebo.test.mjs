// The SEBO registry and the procurement invitation log over HTTP: the public holder list, logging
// with the flag, and every role trying to cross its boundary (403 for the role, 404 outside the
// scope), with nothing written by a refused request. Demo data: src/store/demo_sebo.c.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn, isProblem } from './lib.mjs';

const HOLDER = '40871236';        // Bouwbedrijf Van der Meer Zoetermeer: local holder, werken
const WITHDRAWN = '20001005';     // Installatietechniek Oosterheem: withdrawn 1 Oct 2025
const GROEN = '27362514';         // Groenwerk Zoetermeer BV: local, no mark; has an opdrachtnemer login
const OTHER1 = '30002001', OTHER2 = '30002005';  // not local, no mark
let srv, inkoop, srteam, beheer, flaggedId;

const flaggedBody = {
  department: 'Stadsbeheer', subject: 'Reparatie hekwerk API', category: 'werken', estimated_value: 60000,
  procedure: 'meervoudig-onderhands', date: '2026-05-04', invited: [OTHER1, OTHER2],
  quotes: [{ kvk: OTHER1, amount: '58500.00' }], winner: OTHER1,
};

async function count(c) {
  const r = await c.get('/api/v1/procurements');
  assert.equal(r.status, 200, r.text);
  return r.json.total;
}

before(async () => {
  srv = await startServer();
  inkoop = await loggedIn(srv.base, 'inkoop');
  srteam = await loggedIn(srv.base, 'srteam');
  beheer = await loggedIn(srv.base, 'beheer');
});
after(async () => { await srv.stop(); });

test('the public holder list needs no login and shows only current holders', async () => {
  const r = await new Client(srv.base).get('/api/v1/sebo/public/holders');
  assert.equal(r.status, 200, r.text);
  const kvks = r.json.items.map((x) => x.kvk);
  assert.ok(kvks.includes(HOLDER));
  assert.ok(!kvks.includes(WITHDRAWN), 'withdrawn holder not listed');
  const h = r.json.items.find((x) => x.kvk === HOLDER);
  assert.ok(h.profile && h.website && h.valid_until, 'profile, link and validity shown');
  assert.equal(h.history, undefined);
  assert.equal(h.certificates, undefined);
  const full = await new Client(srv.base).get('/api/v1/sebo/holders');
  assert.equal(full.status, 401, 'the full registry needs a login');
});

test('inkoop logs a procurement without a local holder: flagged, visible to the department and the programme manager', async () => {
  const check = await inkoop.post('/api/v1/procurements/check', flaggedBody);
  assert.equal(check.status, 200, check.text);
  assert.equal(check.json.outcome, 'gemarkeerd');
  const before = await count(inkoop);
  const r = await inkoop.post('/api/v1/procurements', flaggedBody);
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.flagged, true);
  assert.equal(r.json.awarded_value, 58500);
  assert.deepEqual(r.json.invited.map((x) => x.class), ['overig', 'overig']);
  flaggedId = r.json.id;
  assert.equal(await count(inkoop), before + 1);
  for (const c of [inkoop, srteam]) {
    const l = await c.get('/api/v1/procurements?flagged=true');
    assert.equal(l.status, 200);
    assert.ok(l.json.items.some((p) => p.id === flaggedId), `${c.user.username} sees the flag`);
  }
  const report = await srteam.get('/api/v1/reports/sebo?year=2026&municipality=zoetermeer');
  assert.equal(report.status, 200, report.text);
  for (const k of ['holders', 'procurements', 'sebo_invited', 'sebo_won', 'flagged', 'departments'])
    assert.ok(k in report.json, `report has ${k}`);
  assert.ok(report.json.flagged.some((f) => f.id === flaggedId && f.reason.length > 20), 'flag with its reason');
});

test('bad procurements are refused and nothing is written', async () => {
  const before = await count(inkoop);
  const cases = [
    [{ ...flaggedBody, winner: HOLDER }, 422, 'winner', 'niet uitgenodigd'],
    [{ ...flaggedBody, quotes: [{ kvk: HOLDER, amount: 1 }], winner: null }, 422, 'quotes', 'niet is uitgenodigd'],
    [{ ...flaggedBody, invited: [OTHER1, OTHER1], quotes: [], winner: null }, 422, 'invited', 'twee keer'],
    [{ ...flaggedBody, invited: [OTHER1, '99998888'], quotes: [], winner: null }, 422, 'invited[1]', 'onbekend KvK-nummer'],
    [{ ...flaggedBody, procedure: 'europees' }, 422, 'procedure', 'onderhandse'],
    [{ ...flaggedBody, date: '2026-02-30' }, 422, 'date', '2026-02-30'],
    [{ ...flaggedBody, extra: 1 }, 400, 'extra', 'onbekend veld'],
  ];
  for (const [body, status, field, text] of cases) {
    const r = await inkoop.post('/api/v1/procurements', body);
    assert.ok(isProblem(r, status), `${field}: ${r.status} ${r.text}`);
    assert.equal(r.json.field, field);
    assert.ok(r.json.detail.includes(text), r.json.detail);
  }
  assert.equal(await count(inkoop), before);
});

test('roles that may not: 403, and nothing changes', async () => {
  const groen = await loggedIn(srv.base, 'groenwerk');
  const raad = await loggedIn(srv.base, 'raad');
  const wsp = await loggedIn(srv.base, 'wsp');
  const forbidden = [
    [groen, 'GET', '/api/v1/procurements'], [groen, 'GET', '/api/v1/sebo/holders'], [groen, 'GET', '/api/v1/reports/sebo'],
    [groen, 'POST', '/api/v1/procurements', flaggedBody],
    [raad, 'GET', '/api/v1/procurements'], [raad, 'GET', `/api/v1/procurements/${flaggedId}`],
    [wsp, 'POST', '/api/v1/sebo/holders', { kvk: '12121212', name: 'X', kinds: ['werken'] }],
    [inkoop, 'POST', `/api/v1/sebo/holders/${HOLDER}/status`, { status: 'ingetrokken', reason: 'x' }],
    [inkoop, 'POST', `/api/v1/sebo/holders/${HOLDER}/evidence`, { criterion: 'past-performance', evidence: 'x' }],
    [srteam, 'POST', '/api/v1/procurements', flaggedBody],
  ];
  const before = await count(beheer);
  for (const [c, method, path, body] of forbidden) {
    const r = await c.req(method, path, body);
    assert.ok(isProblem(r, 403), `${c.user.username} ${method} ${path}: ${r.status}`);
  }
  assert.equal(await count(beheer), before);
  const h = await beheer.get(`/api/v1/sebo/holders/${HOLDER}`);
  assert.equal(h.json.status, 'gecertificeerd', 'the holder was not withdrawn');
  assert.equal((await raad.get('/api/v1/reports/sebo')).status, 200, 'the council sees the aggregate report');
});

test('a holder sees its own requests for quotes, not another company\'s', async () => {
  const groen = await loggedIn(srv.base, 'groenwerk');
  const own = await groen.get(`/api/v1/sebo/holders/${GROEN}/requests`);
  assert.equal(own.status, 200, own.text);
  const other = await groen.get(`/api/v1/sebo/holders/${HOLDER}/requests`);
  assert.ok(isProblem(other, 404), 'another company is not found');
  const byInkoop = await inkoop.get(`/api/v1/sebo/holders/${HOLDER}/requests`);
  assert.equal(byInkoop.status, 200);
  assert.ok(byInkoop.json.requests >= 2, 'the demo invited Van der Meer through the mark');
});

test('outside the municipality: 404 to read, 403 to log', async () => {
  const r = await beheer.post('/api/v1/users', { username: 'inkoop-delft-sebo', role: 'inkoop', password: 'delft-wachtwoord-1', municipalities: ['delft'] });
  assert.equal(r.status, 201, r.text);
  const delft = new Client(srv.base);
  assert.equal((await delft.login('inkoop-delft-sebo', 'delft-wachtwoord-1')).status, 200);
  assert.ok(isProblem(await delft.get(`/api/v1/procurements/${flaggedId}`), 404));
  assert.ok(isProblem(await delft.get('/api/v1/procurements?municipality=zoetermeer'), 404));
  assert.ok(isProblem(await delft.get(`/api/v1/sebo/holders/${HOLDER}`), 404));
  const list = await delft.get('/api/v1/procurements');
  assert.equal(list.status, 200);
  assert.equal(list.json.total, 0, 'no Zoetermeer procurements in a Delft list');
  const before = await count(beheer);
  const w = await delft.post('/api/v1/procurements', { ...flaggedBody, municipality: 'zoetermeer' });
  assert.ok(isProblem(w, 403), w.text);
  assert.equal(await count(beheer), before);
});

test('inkoop registers an unknown company once; others may not', async () => {
  const body = { kvk: '31999999', name: 'Straatwerk Test BV', established: 'zoetermeer' };
  const r = await inkoop.post('/api/v1/procurements/companies', body);
  assert.equal(r.status, 201, r.text);
  const again = await inkoop.post('/api/v1/procurements/companies', { ...body, name: 'Andere naam' });
  assert.ok(isProblem(again, 409), again.text);
  const known = await inkoop.get('/api/v1/procurements/companies?category=werken');
  assert.equal(known.json.items.find((x) => x.kvk === '31999999').name, 'Straatwerk Test BV', 'not renamed');
  assert.equal(known.json.items.find((x) => x.kvk === '31999999').class, 'lokaal');
  assert.ok(isProblem(await inkoop.post('/api/v1/procurements/companies', { kvk: '123', name: 'X' }), 422));
  const groen = await loggedIn(srv.base, 'groenwerk');
  assert.ok(isProblem(await groen.post('/api/v1/procurements/companies', { kvk: '31999998', name: 'X' }), 403));
});
