// The password rule over the API (issue 11, point 14): length alone is not enough, common and
// guessable passwords are refused with a Dutch reason, on creation and on every password change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn, isProblem } from './lib.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

const WEAK = ['1234567890', 'wachtwoord1', 'Welkom2026!', 'zoetermeer2026', 'password123'];

test('beheer cannot create a user with a common or guessable password', async () => {
  const beheer = await loggedIn(srv.base, 'beheer');
  for (const password of WEAK) {
    const r = await beheer.post('/api/v1/users', { username: 'zwak', role: 'inkoop', password, municipalities: ['zoetermeer'] });
    assert.ok(isProblem(r, 422), `${password}: ${r.status} ${r.text}`);
    assert.match(r.json.detail, /te makkelijk te raden: het /, password);
    assert.doesNotMatch(r.text, new RegExp(password.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'the answer does not echo the password');
  }
  const list = await beheer.get('/api/v1/users');
  assert.ok(!JSON.stringify(list.json).includes('"zwak"'), 'no user was made');
  // A password that holds the user name is refused too.
  const own = await beheer.post('/api/v1/users', { username: 'hendriks', role: 'inkoop', password: 'Hendriks-2026', municipalities: ['zoetermeer'] });
  assert.ok(isProblem(own, 422), own.text);
  assert.match(own.json.detail, /gebruikersnaam/);
});

test('a password change, by the user or by beheer, follows the same rule', async () => {
  const beheer = await loggedIn(srv.base, 'beheer');
  const made = await beheer.post('/api/v1/users', { username: 'sterk', role: 'inkoop', password: 'kompas-fiets-31', municipalities: ['zoetermeer'] });
  assert.equal(made.status, 201, made.text);
  const self = new Client(srv.base);
  assert.equal((await self.login('sterk', 'kompas-fiets-31')).status, 200);
  for (const password of WEAK) {
    const r = await self.post(`/api/v1/users/${made.json.id}/password`, { password, current_password: 'kompas-fiets-31' });
    assert.ok(isProblem(r, 422), `${password}: ${r.status} ${r.text}`);
    assert.match(r.json.detail, /te makkelijk te raden/);
    const b = await beheer.post(`/api/v1/users/${made.json.id}/password`, { password });
    assert.ok(isProblem(b, 422), `beheer sets ${password}: ${b.status} ${b.text}`);
  }
  // The old password still works; a strong new one is taken.
  assert.equal((await new Client(srv.base).login('sterk', 'kompas-fiets-31')).status, 200);
  const ok = await self.post(`/api/v1/users/${made.json.id}/password`, { password: 'lantaarn-ui-kever-9', current_password: 'kompas-fiets-31' });
  assert.equal(ok.status, 204, ok.text);
});
