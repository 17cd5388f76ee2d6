// Requests that try to exhaust the server (issue 11, point 13): a query with 1,000 parameters gets a
// problem+json answer; hundreds of slow clients on one address do not lock out another address; a
// client that sends its request slowly is cut off at the request deadline. All traffic is loopback;
// 127.0.0.2 and 127.0.0.3 act as other clients. Every wait is bounded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import http from 'node:http';
import { startServer, isProblem } from './lib.mjs';

let srv, port;
before(async () => {
  srv = await startServer({ INCLUSIO_REQUEST_TIMEOUT: '2' });
  port = Number(new URL(srv.base).port);
});
after(async () => { await srv.stop(); });

// GET path from a given local address; resolves {status, type, body} or rejects after ms.
function getFrom(localAddress, path, ms = 5000) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, localAddress, agent: false, timeout: ms }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'] || '', body }));
    });
    req.on('timeout', () => { req.destroy(new Error(`no answer within ${ms} ms`)); });
    req.on('error', reject);
    req.end();
  });
}

test('a query with 1,000 parameters is answered 414 with problem+json', async () => {
  const query = Array.from({ length: 1000 }, (_, i) => `p${i}=x`).join('&');
  for (const path of [`/api/v1/contracts?${query}`, `/index.html?${query}`, `/api/v1/contracts?${'a&'.repeat(3000)}`]) {
    const res = await fetch(srv.base + path, { signal: AbortSignal.timeout(5000) });
    const r = { status: res.status, headers: res.headers, json: await res.json() };
    assert.ok(isProblem(r, 414), `${path.slice(0, 40)}: ${r.status}`);
    assert.match(r.json.detail, /te veel parameters/);
  }
  // A query with a sensible number of parameters still reaches the route (401: not logged in).
  const ok = await fetch(`${srv.base}/api/v1/contracts?${Array.from({ length: 20 }, (_, i) => `p${i}=x`).join('&')}`,
    { signal: AbortSignal.timeout(5000) });
  assert.equal(ok.status, 401);
});

test('1,100 slow connections from one address do not lock out a request from another', async () => {
  const sockets = [];
  const drip = setInterval(() => {
    for (const s of sockets) if (!s.destroyed && s.readyState === 'open') s.write('X-Slow: 1\r\n');
  }, 500);
  try {
    // Open them all and wait (bounded) until each is connected or refused.
    await Promise.all(Array.from({ length: 1100 }, () => new Promise((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port, localAddress: '127.0.0.1' });
      sockets.push(s);
      const done = () => resolve();
      s.once('connect', () => { s.write('GET /api/v1/session HTTP/1.1\r\nHost: inclusio\r\n'); done(); });
      s.once('error', done);
      s.once('close', done);
      setTimeout(done, 5000);
    })));
    await new Promise((r) => setTimeout(r, 300));
    const r = await getFrom('127.0.0.2', '/api/v1/session');
    assert.equal(r.status, 401, 'another client still gets its answer');
    assert.match(r.type, /application\/problem\+json/);
    const open = sockets.filter((s) => !s.destroyed && s.readyState === 'open').length;
    assert.ok(open <= 128, `at most 128 connections per client address stay open (${open})`);
  } finally {
    clearInterval(drip);
    for (const s of sockets) s.destroy();
  }
});

test('a client sending its request slowly is cut off at the request deadline', async () => {
  const s = net.connect({ host: '127.0.0.1', port, localAddress: '127.0.0.3' });
  let drip;
  try {
    const closedAfter = await new Promise((resolve) => {
      const t0 = Date.now();
      s.once('connect', () => {
        s.write('GET /api/v1/session HTTP/1.1\r\nHost: inclusio\r\n');
        drip = setInterval(() => { if (!s.destroyed) s.write('X-Slow: 1\r\n'); }, 300);  // never idle
      });
      s.once('close', () => resolve(Date.now() - t0));
      s.on('error', () => {});
      setTimeout(() => resolve(null), 8000);
    });
    assert.ok(closedAfter !== null, 'the connection was not cut off within 8 s (deadline 2 s)');
    assert.ok(closedAfter >= 900, `not before the deadline (${closedAfter} ms)`);
  } finally {
    clearInterval(drip);
    s.destroy();
  }
  // A normal request from the same address works afterwards.
  const r = await getFrom('127.0.0.3', '/api/v1/session');
  assert.equal(r.status, 401);
});

test('the deadline counts per request: a kept-alive connection serves request after request', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const ports = new Set();
  try {
    for (let i = 0; i < 4; i++) {   // 3.6 s in all, longer than the 2 s deadline
      const r = await new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: '/api/v1/session', localAddress: '127.0.0.4', agent,
          timeout: 5000 }, (res) => { res.resume(); res.on('end', () => resolve({ status: res.statusCode, local: req.socket.localPort })); });
        req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
        req.on('error', reject);
        req.end();
      });
      assert.equal(r.status, 401);
      ports.add(r.local);
      await new Promise((res) => setTimeout(res, 1200));
    }
    assert.equal(ports.size, 1, 'one connection throughout');
  } finally {
    agent.destroy();
  }
});
