// Bad input: a clear problem+json answer, nothing written, the server keeps serving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn, isProblem } from './lib.mjs';

let srv, inkoop, sr;
const goodContract = () => ({
  municipality: 'zoetermeer', reference: 'ZTM-TEST-BAD', title: 'Testopdracht', category: 'diensten',
  procedure: 'europees', value: 250000, labour_share_pct: 40, award_date: '2026-03-02', start_date: '2026-04-01',
  end_date: '2027-03-31', contractor_kvk: '12345678', contractor_name: 'Testbedrijf BV',
});

before(async () => {
  srv = await startServer();
  inkoop = await loggedIn(srv.base, 'inkoop');
  sr = await loggedIn(srv.base, 'srteam');
});
after(async () => { await srv.stop(); });

async function contractTotal() {
  const r = await sr.get('/api/v1/contracts?per_page=1');
  assert.equal(r.status, 200);
  return r.json.total;
}

async function stillServing() {
  const r = await new Client(srv.base).get('/api/v1/municipalities');
  assert.equal(r.status, 200);
  assert.equal(r.json.items.length, 11);
}

test('state-changing requests without or with a wrong CSRF token are refused with 403', async () => {
  const before = await contractTotal();
  const missing = await inkoop.post('/api/v1/contracts', goodContract(), { csrf: false });
  assert.ok(isProblem(missing, 403));
  assert.match(missing.json.detail, /CSRF/);
  const wrong = await inkoop.post('/api/v1/contracts', goodContract(), { headers: { 'X-CSRF-Token': 'f'.repeat(64) }, csrf: false });
  assert.ok(isProblem(wrong, 403));
  // Another session's token does not fit this session.
  const other = await loggedIn(srv.base, 'inkoop');
  const crossed = await inkoop.post('/api/v1/contracts', goodContract(), { headers: { 'X-CSRF-Token': other.csrf }, csrf: false });
  assert.ok(isProblem(crossed, 403));
  assert.equal(await contractTotal(), before, 'nothing written');
  await stillServing();
});

test('the public calculators and login need no CSRF token', async () => {
  const c = new Client(srv.base);
  const r = await c.post('/api/v1/calc/obligation', { category: 'werken', procedure: 'europees', value: 1000000, labour_share_pct: 40, award_date: '2024-03-01' });
  assert.equal(r.status, 200);
  assert.equal(r.json.amount, 50000);
  assert.match(r.text, /"amount":50000\.00/, 'amounts carry exactly two decimals');
  const v = await c.post('/api/v1/calc/value', { block: 'mu-participatiewet', hours_per_week: 36, start: '2024-01-01', end: '2024-12-31', contract_start: '2024-01-01', contract_end: '2025-12-31' });
  assert.equal(v.status, 200, v.text);
});

test('malformed JSON is a 400 naming the position', async () => {
  for (const body of ['{"username":', '{bad json}', '{"a":1,"a":2}', '\u0000']) {
    const r = await new Client(srv.base).req('POST', '/api/v1/session', body);
    assert.ok(isProblem(r, 400), body);
  }
  for (const body of ['[1,2]', '"tekst"', '42']) {
    const r = await inkoop.req('POST', '/api/v1/contracts', body);
    assert.ok(isProblem(r, 400), body);
    assert.match(r.json.detail, /JSON/);
  }
  await stillServing();
});

test('wrong JSON types are a 400 naming the field', async () => {
  const cases = [
    [{ ...goodContract(), value: 'veel' }, 'value', 422],
    [{ ...goodContract(), title: 12 }, 'title', 400],
    [{ ...goodContract(), sebo_holder: 'misschien' }, 'sebo_holder', 400],
    [{ ...goodContract(), value: [1] }, 'value', 400],
    [{ ...goodContract(), municipality: { code: 'zoetermeer' } }, 'municipality', 400],
  ];
  const before = await contractTotal();
  for (const [body, field, status] of cases) {
    const r = await inkoop.post('/api/v1/contracts', body);
    assert.ok(isProblem(r, status), `${field}: ${r.status} ${r.text}`);
    assert.equal(r.json.field, field);
  }
  const login = await new Client(srv.base).post('/api/v1/session', { username: ['beheer'], password: 'x' });
  assert.ok(isProblem(login, 400));
  assert.equal(login.json.field, 'username');
  const yr = await sr.post('/api/v1/contracts/1/yearly-reports', { year_no: '1' });
  assert.ok(isProblem(yr, 400));
  assert.equal(yr.json.field, 'year_no');
  assert.equal(await contractTotal(), before, 'nothing written');
});

test('unknown fields are a 400 naming the field', async () => {
  const before = await contractTotal();
  const r = await inkoop.post('/api/v1/contracts', { ...goodContract(), is_admin: true });
  assert.ok(isProblem(r, 400));
  assert.equal(r.json.field, 'is_admin');
  assert.match(r.json.detail, /onbekend veld 'is_admin'/);
  const l = await new Client(srv.base).post('/api/v1/session', { username: 'beheer', password: 'beheer-demo-2026', remember: true });
  assert.ok(isProblem(l, 400));
  assert.equal(l.json.field, 'remember');
  const v = await sr.post('/api/v1/realisations/1/verify', { note: 'x' });
  assert.ok(isProblem(v, 400));
  assert.equal(v.json.field, 'note');
  assert.equal(await contractTotal(), before);
});

test('domain validation is a 422 with a Dutch detail and the field', async () => {
  const r = await inkoop.post('/api/v1/contracts', { ...goodContract(), award_date: '2023-02-30' });
  assert.ok(isProblem(r, 422));
  assert.equal(r.json.field, 'award_date');
  const m = await inkoop.post('/api/v1/contracts', { ...goodContract(), labour_share_pct: 140 });
  assert.ok(isProblem(m, 422));
  assert.equal(m.json.field, 'labour_share_pct');
  const missing = await inkoop.post('/api/v1/contracts', { municipality: 'zoetermeer' });
  assert.equal(missing.status, 400);
  assert.equal(missing.json.field, 'reference');
});

test('bodies above 64 KiB are refused with 413, by Content-Length and when streamed', async () => {
  const before = await contractTotal();
  const big = JSON.stringify({ ...goodContract(), title: 'x'.repeat(70 * 1024) });
  const r = await inkoop.req('POST', '/api/v1/contracts', big);
  assert.ok(isProblem(r, 413));
  // Chunked upload without a length: the limit applies while reading.
  const stream = new ReadableStream({
    start(ctrl) { for (let i = 0; i < 20; i++) ctrl.enqueue(new TextEncoder().encode('x'.repeat(8192))); ctrl.close(); },
  });
  const res = await fetch(srv.base + '/api/v1/session', { method: 'POST', body: stream, duplex: 'half', headers: { 'Content-Type': 'application/json' } });
  assert.equal(res.status, 413);
  assert.equal(await contractTotal(), before);
  await stillServing();
});

test('a body that is not JSON is refused with 415', async () => {
  const r = await new Client(srv.base).req('POST', '/api/v1/session', 'username=beheer&password=x', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.ok(isProblem(r, 415));
});

test('invalid ids are a 400; unknown ids a 404', async () => {
  for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999', '1%20OR%201=1']) {
    const r = await sr.get('/api/v1/contracts/' + id);
    assert.ok(isProblem(r, 400), id + ' ' + r.status);
    assert.equal(r.json.field, 'id');
  }
  assert.ok(isProblem(await sr.get('/api/v1/contracts/999999'), 404));
  assert.ok(isProblem(await sr.post('/api/v1/realisations/999999/verify'), 404));
  assert.ok(isProblem(await sr.post('/api/v1/realisations/abc/verify'), 400));
  assert.ok(isProblem(await sr.get('/api/v1/realisations?contract=abc'), 400));
  assert.ok(isProblem(await sr.get('/api/v1/contracts?page=0'), 400));
  assert.ok(isProblem(await sr.get('/api/v1/contracts?per_page=100000'), 400));
  assert.ok(isProblem(await sr.get('/api/v1/contracts?status=bijna'), 400));
  assert.ok(isProblem(await sr.get('/api/v1/contracts?overdue=morgen'), 400));
  assert.ok(isProblem(await sr.get('/api/v1/contracts?year=twintig'), 400));
  await stillServing();
});

test('unknown paths, wrong methods and path traversal', async () => {
  const c = new Client(srv.base);
  assert.ok(isProblem(await c.get('/api/v1/bestaat-niet'), 404));
  const m = await c.req('PUT', '/api/v1/session', {});
  assert.ok(isProblem(m, 405));
  assert.match(m.headers.get('allow'), /POST/);
  for (const p of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/.git/config', '/..%2fMakefile']) {
    const r = await fetch(srv.base + p);
    assert.equal(r.status, 404, p);
  }
  await stillServing();
});

test('responses carry security headers; API answers are not cached', async () => {
  const r = await new Client(srv.base).get('/api/v1/municipalities');
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(r.headers.get('cache-control'), 'no-store');
  assert.match(r.headers.get('content-security-policy'), /default-src 'self'/);
  assert.match(r.headers.get('content-type'), /^application\/json/);
});

test('a burst of bad requests leaves the server serving', async () => {
  const bad = [];
  for (let i = 0; i < 50; i++) {
    bad.push(inkoop.req('POST', '/api/v1/contracts', '{"x":' + '['.repeat(i * 10)));
    bad.push(sr.get('/api/v1/contracts/' + 'x'.repeat(i + 1)));
  }
  const rs = await Promise.all(bad);
  assert.ok(rs.every((r) => r.status === 400));
  await stillServing();
});
