// Random bad requests over raw sockets (methods, paths, bodies, headers, bytes that are not HTTP):
// every one gets an answer or a closed connection, never a 5xx, and the server keeps serving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, Client, loggedIn } from './lib.mjs';

let srv, port, cookie, csrf;
before(async () => {
  srv = await startServer();
  port = Number(new URL(srv.base).port);
  const c = await loggedIn(srv.base, 'srteam');
  cookie = c.cookie;
  csrf = c.csrf;
});
after(async () => { await srv.stop(); });

// Deterministic pseudo-random numbers (xorshift), so a failure can be replayed.
let state = 0x2545f491;
const rnd = (n) => { state ^= state << 13; state ^= state >>> 17; state ^= state << 5; return (state >>> 0) % n; };
const pick = (a) => a[rnd(a.length)];
const bytes = (n) => Buffer.from(Array.from({ length: n }, () => rnd(256)));

const paths = ['/api/v1/session', '/api/v1/contracts', '/api/v1/contracts/1', '/api/v1/contracts/%00', '/api/v1/contracts/1/contact',
  '/api/v1/contracts/1/yearly-reports', '/api/v1/realisations', '/api/v1/realisations/1/verify', '/api/v1/realisations/1/reject',
  '/api/v1/calc/obligation', '/api/v1/calc/value', '/api/v1/users', '/api/v1/users/1/password', '/api/v1/%ff%fe', '/',
  '/api/v1/contracts?page=%00&per_page=-1&status=%ff', '/api/v1/contracts/' + '9'.repeat(300), '/api/v1/audit?entity_id=x'];
const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'BREW'];
const bodies = [() => '{}', () => '{"a":', () => '[]', () => '{"contract_id":1,"block":"mu-ww","bsn":"123","start":"2024-13-45"}',
  () => '{"category":"werken","procedure":"europees","value":1e308,"labour_share_pct":-1,"award_date":"2024-02-29"}',
  () => '{"value":"1,5.3","labour_share_pct":"abc","award_date":"9999-99-99","category":"x","procedure":"y"}',
  () => '{"block":"mu-ww","hours_per_week":99999999999999,"start":"2024-01-01","contract_start":"2024-01-01","contract_end":"2023-01-01"}',
  () => '{"date":' + '['.repeat(3000) + '}', () => '{"username":"' + 'a'.repeat(5000) + '","password":"x"}',
  () => '{"year_no":-9223372036854775808,"remarks":null}', () => '{"reason":"' + '\\ud800'.repeat(50) + '"}', () => bytes(300)];

function send(raw) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    s.setTimeout(500, () => s.destroy());   // an incomplete request: the server waits for more
    s.on('data', (d) => { data = Buffer.concat([data, d]); if (data.length > 12) s.end(); });
    s.on('error', () => {});
    s.on('close', () => resolve(data.subarray(0, 12).toString('latin1')));
    s.write(raw);
  });
}

test('600 random bad requests: no 5xx, the server keeps serving', async () => {
  const seen = {};
  const requests = [];
  for (let i = 0; i < 600; i++) {
    if (rnd(20) === 0) { requests.push(bytes(200)); continue; }
    const body = Buffer.from(pick(bodies)());
    let head = `${pick(methods)} ${pick(paths)} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n`;
    if (rnd(2)) head += `Cookie: inclusio_session=${rnd(3) ? cookie : 'f'.repeat(pick([0, 10, 64, 200]))}\r\n`;
    if (rnd(2)) head += `X-CSRF-Token: ${rnd(2) ? csrf : 'a'.repeat(64)}\r\n`;
    requests.push(Buffer.concat([Buffer.from(head + '\r\n'), body]));
  }
  for (let i = 0; i < requests.length; i += 10) {
    const statuses = await Promise.all(requests.slice(i, i + 10).map((r) => send(r)));
    statuses.forEach((line, k) => {
      const status = line.slice(9, 12);
      seen[status] = (seen[status] || 0) + 1;
      assert.doesNotMatch(status, /^5/, `request ${i + k} got ${status}`);
    });
  }
  assert.ok(Object.keys(seen).length >= 5, JSON.stringify(seen));
  const r = await new Client(srv.base).get('/api/v1/municipalities');
  assert.equal(r.status, 200);
});
