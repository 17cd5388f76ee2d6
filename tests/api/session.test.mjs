// Logins, sessions, logout, expiry, password change, throttling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn, isProblem, PASSWORDS } from './lib.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

test('login ok sets a hardened session cookie and returns the user and a CSRF token', async () => {
  const c = new Client(srv.base);
  const r = await c.login('srteam');
  assert.equal(r.status, 200);
  assert.equal(r.json.user.username, 'srteam');
  assert.equal(r.json.user.role, 'sr-team');
  assert.deepEqual(r.json.user.municipalities, ['lansingerland', 'pijnacker-nootdorp', 'zoetermeer']);
  assert.match(r.json.csrf_token, /^[0-9a-f]{64}$/);
  assert.match(r.setCookie, /^inclusio_session=[0-9a-f]{64}; /);
  assert.match(r.setCookie, /HttpOnly/);
  assert.match(r.setCookie, /SameSite=Strict/);
  assert.match(r.setCookie, /Path=\//);
  assert.doesNotMatch(r.setCookie, /Secure/, 'plain HTTP on loopback: no Secure flag');
  const me = await c.get('/api/v1/session');
  assert.equal(me.status, 200);
  assert.equal(me.json.user.username, 'srteam');
  assert.equal(me.json.csrf_token, r.json.csrf_token);
});

test('the opdrachtnemer login names its organisation', async () => {
  const c = await loggedIn(srv.base, 'groenwerk');
  assert.equal(c.user.role, 'opdrachtnemer');
  assert.equal(c.user.organisation.kvk, '27362514');
});

test('wrong password and unknown user give the same 401 message (no enumeration)', async () => {
  const a = await new Client(srv.base).login('inkoop', 'verkeerd-wachtwoord');
  const b = await new Client(srv.base).login('niemand-bekend', 'verkeerd-wachtwoord');
  assert.ok(isProblem(a, 401));
  assert.ok(isProblem(b, 401));
  assert.equal(a.json.detail, b.json.detail);
  assert.equal(a.json.detail, 'gebruikersnaam of wachtwoord onjuist');
  assert.equal(a.setCookie, null);
});

test('no session: protected endpoints answer 401', async () => {
  const c = new Client(srv.base);
  for (const p of ['/api/v1/session', '/api/v1/contracts', '/api/v1/users', '/api/v1/audit', '/api/v1/overdue',
    '/api/v1/reports/sroi', '/api/v1/organisations', '/api/v1/realisations?contract=1', '/api/v1/contracts/1']) {
    const r = await c.get(p);
    assert.ok(isProblem(r, 401), p);
  }
  const forged = new Client(srv.base);
  forged.cookie = 'a'.repeat(64);
  assert.ok(isProblem(await forged.get('/api/v1/session'), 401));
  forged.cookie = 'not-even-hex';
  assert.ok(isProblem(await forged.get('/api/v1/session'), 401));
});

test('logout invalidates the session on the server, not just the cookie', async () => {
  const c = await loggedIn(srv.base, 'inkoop');
  const token = c.cookie;
  const out = await c.req('DELETE', '/api/v1/session');
  assert.equal(out.status, 204);
  assert.match(out.setCookie, /Max-Age=0/);
  const replay = new Client(srv.base);
  replay.cookie = token;
  assert.ok(isProblem(await replay.get('/api/v1/session'), 401));
  assert.ok(isProblem(await replay.get('/api/v1/contracts'), 401));
});

test('logging in again replaces the previous session', async () => {
  const c = await loggedIn(srv.base, 'wsp');
  const first = c.cookie;
  assert.equal((await c.login('wsp')).status, 200);
  assert.notEqual(c.cookie, first);
  const old = new Client(srv.base);
  old.cookie = first;
  assert.ok(isProblem(await old.get('/api/v1/session'), 401));
  assert.equal((await c.get('/api/v1/session')).status, 200);
});

test('logout needs the CSRF token', async () => {
  const c = await loggedIn(srv.base, 'inkoop');
  const r = await c.req('DELETE', '/api/v1/session', undefined, { csrf: false });
  assert.ok(isProblem(r, 403));
  assert.equal((await c.get('/api/v1/session')).status, 200, 'still logged in');
});

test('a password change ends every session of that user', async () => {
  const beheer = await loggedIn(srv.base, 'beheer');
  const made = await beheer.post('/api/v1/users', { username: 'tijdelijk', role: 'inkoop', password: 'eerste-wachtwoord-1', municipalities: ['zoetermeer'] });
  assert.equal(made.status, 201);
  const one = new Client(srv.base), two = new Client(srv.base);
  assert.equal((await one.login('tijdelijk', 'eerste-wachtwoord-1')).status, 200);
  assert.equal((await two.login('tijdelijk', 'eerste-wachtwoord-1')).status, 200);
  // The user changes its own password: needs the current one.
  const wrong = await one.post(`/api/v1/users/${made.json.id}/password`, { password: 'tweede-wachtwoord-2', current_password: 'fout-fout-fout' });
  assert.ok(isProblem(wrong, 422));
  assert.equal(wrong.json.field, 'current_password');
  const ok = await one.post(`/api/v1/users/${made.json.id}/password`, { password: 'tweede-wachtwoord-2', current_password: 'eerste-wachtwoord-1' });
  assert.equal(ok.status, 204);
  assert.ok(isProblem(await one.get('/api/v1/session'), 401));
  assert.ok(isProblem(await two.get('/api/v1/session'), 401));
  assert.equal((await new Client(srv.base).login('tijdelijk', 'eerste-wachtwoord-1')).status, 401);
  const three = new Client(srv.base);
  assert.equal((await three.login('tijdelijk', 'tweede-wachtwoord-2')).status, 200);
  // beheer resets it: the session just made ends too.
  assert.equal((await beheer.post(`/api/v1/users/${made.json.id}/password`, { password: 'derde-wachtwoord-3' })).status, 204);
  assert.ok(isProblem(await three.get('/api/v1/session'), 401));
});

test('a disabled user is logged out and cannot log in', async () => {
  const beheer = await loggedIn(srv.base, 'beheer');
  const made = await beheer.post('/api/v1/users', { username: 'vertrekt', role: 'raad', password: 'vertrekt-lamp-oranje-7', municipalities: ['zoetermeer'] });
  assert.equal(made.status, 201);
  const u = new Client(srv.base);
  assert.equal((await u.login('vertrekt', 'vertrekt-lamp-oranje-7')).status, 200);
  const d = await beheer.post(`/api/v1/users/${made.json.id}/disable`);
  assert.equal(d.status, 200);
  assert.equal(d.json.disabled, true);
  assert.ok(isProblem(await u.get('/api/v1/session'), 401));
  const again = await new Client(srv.base).login('vertrekt', 'vertrekt-lamp-oranje-7');
  assert.ok(isProblem(again, 401));
  assert.equal(again.json.detail, 'gebruikersnaam of wachtwoord onjuist', 'same message as a wrong password');
});

test('repeated failures lock the account: 429 with Retry-After, even with the right password', async () => {
  const c = new Client(srv.base);
  for (let i = 0; i < 5; i++) assert.equal((await c.login('po', 'fout-' + i)).status, 401);
  const locked = await c.login('po', PASSWORDS.po);
  assert.ok(isProblem(locked, 429));
  assert.ok(Number(locked.headers.get('retry-after')) > 0);
  // An unknown account is throttled the same way, so a lock reveals nothing.
  for (let i = 0; i < 5; i++) assert.equal((await c.login('bestaat-niet', 'fout-' + i)).status, 401);
  const unknown = await c.login('bestaat-niet', 'iets');
  assert.ok(isProblem(unknown, 429));
  // Other accounts from the same address still work (the address limit is higher).
  assert.equal((await new Client(srv.base).login('raad')).status, 200);
});

test('sessions expire after the idle time and after the absolute time', async () => {
  // Windows wide enough that a loaded machine (argon2 logins, the fuzz run beside it) cannot move a
  // request across a limit: every gap in activity is 2 s against an idle limit of 4 s, and the busy
  // session's last check comes 4 s before its absolute limit of 12 s at the latest.
  const short = await startServer({ INCLUSIO_SESSION_IDLE_SECONDS: '4', INCLUSIO_SESSION_MAX_SECONDS: '12' });
  try {
    const idle = await loggedIn(short.base, 'srteam');
    assert.equal((await idle.get('/api/v1/session')).status, 200);
    await new Promise((r) => setTimeout(r, 5200));
    const expired = await idle.get('/api/v1/session');
    assert.ok(isProblem(expired, 401));
    assert.match(expired.setCookie || '', /Max-Age=0/, 'the stale cookie is cleared');

    const t0 = Date.now();
    const busy = await loggedIn(short.base, 'inkoop');
    const t1 = Date.now(); // the session was made between t0 and t1
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 2000));
      if (Date.now() - t0 > 11000) break; // too slow a machine to tell activity from the maximum
      assert.equal((await busy.get('/api/v1/session')).status, 200, 'activity keeps it alive within the maximum');
    }
    assert.ok(Date.now() - t1 > 4000, 'the session outlived its idle limit through activity');
    await new Promise((r) => setTimeout(r, Math.max(0, 12800 - (Date.now() - t1))));
    assert.ok(isProblem(await busy.get('/api/v1/session'), 401), 'absolute expiry despite activity');
  } finally {
    await short.stop();
  }
});

test('the server stops cleanly on SIGTERM', async () => {
  const s = await startServer();
  const r = await s.stop();
  assert.equal(r.code, 0);
  assert.match(s.stdout(), /gestopt \(SIGTERM\)/);
});

test('beheer too needs its current password to change its own', async () => {
  const beheer = await loggedIn(srv.base, 'beheer');
  const me = beheer.user.id;
  const r = await beheer.post(`/api/v1/users/${me}/password`, { password: 'nieuw-beheer-wachtwoord' });
  assert.ok(isProblem(r, 400));
  assert.equal(r.json.field, 'current_password');
  assert.equal((await beheer.get('/api/v1/session')).status, 200, 'nothing changed, still logged in');
});
