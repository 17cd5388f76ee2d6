// Finding companies for the invitation form (issue 16): GET /api/v1/procurements/companies with
// q (name part or KvK start), sebo and local instead of the whole list of known companies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem } from './lib.mjs';

let srv, inkoop;
before(async () => { srv = await startServer(); inkoop = await loggedIn(srv.base, 'inkoop'); });
after(async () => { await srv.stop(); });
const find = async (q) => {
  const r = await inkoop.get('/api/v1/procurements/companies?category=werken&date=2025-06-30' + q);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
};

test('search by name, KvK, SEBO mark and locality narrows the list', async () => {
  const all = await find('');
  assert.ok(all.length > 20, `${all.length} known companies`);
  const one = all.find((c) => c.holder && c.class === 'lokaal-sebo');
  assert.ok(one, 'a local SEBO holder in the demo');
  const word = one.name.split(' ')[0].toLowerCase();
  const byName = await find(`&q=${encodeURIComponent(word)}`);
  assert.ok(byName.some((c) => c.kvk === one.kvk));
  assert.ok(byName.every((c) => c.name.toLowerCase().includes(word) || c.kvk.startsWith(word)));
  assert.ok(byName.length < all.length);
  const byKvk = await find(`&q=${one.kvk.slice(0, 6)}`);
  assert.ok(byKvk.some((c) => c.kvk === one.kvk));
  assert.ok(byKvk.every((c) => c.kvk.startsWith(one.kvk.slice(0, 6)) || c.name.includes(one.kvk.slice(0, 6))));
  const sebo = await find('&sebo=true');
  assert.ok(sebo.length > 0 && sebo.every((c) => c.holder));
  const localSebo = await find('&sebo=true&local=true');
  assert.ok(localSebo.length > 0 && localSebo.every((c) => c.class === 'lokaal-sebo'));
  const notLocal = await find('&local=false');
  assert.ok(notLocal.every((c) => c.class === 'overig'));
  assert.equal(notLocal.length + (await find('&local=true')).length, all.length);
  assert.ok(isProblem(await inkoop.get('/api/v1/procurements/companies?sebo=ja'), 400));
});
