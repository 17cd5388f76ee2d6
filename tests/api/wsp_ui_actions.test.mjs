// Actions the account manager needs in the browser (issue 14): the session lists the role's
// permissions from the authorisation tables, and the wanted count of a vacancy can be lowered when
// fewer candidates are suitable (POST /vacancies/{id}/wanted), with the same checks as at creation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem, sqlOn } from './lib.mjs';

let srv, wsp, srteam, beheer, groenwerk;
const sql = (q) => sqlOn(srv.db, q);

before(async () => {
  srv = await startServer();
  [wsp, srteam, beheer, groenwerk] = await Promise.all(['wsp', 'srteam', 'beheer', 'groenwerk'].map((u) => loggedIn(srv.base, u)));
});
after(async () => { await srv.stop(); });

test('the session names the permissions of the role, from the authorisation tables', async () => {
  const perms = async (c) => (await c.get('/api/v1/session')).json.permissions;
  const sr = await perms(srteam);
  for (const p of ['register.read', 'contract.create', 'realisation.decide', 'wsp.read', 'wsp.candidates', 'goals.read', 'sebo.registry.read'])
    assert.ok(sr.includes(p), `sr-team ${p}`);
  for (const p of ['audit.read', 'user.manage', 'wsp.write', 'sebo.procurement.log']) assert.ok(!sr.includes(p), `sr-team not ${p}`);
  const bh = await perms(beheer);
  assert.ok(bh.includes('audit.read') && bh.includes('sebo.procurement.read') && bh.includes('sebo.registry.read'));
  assert.ok(!bh.includes('contract.create') && !bh.includes('wsp.candidates'));
  assert.deepEqual((await perms(groenwerk)).filter((p) => p.startsWith('wsp.')), []);
  assert.ok((await perms(wsp)).includes('wsp.write'));
});

test('lowering the wanted count of a vacancy: wsp only, 1 to 50, audited', async () => {
  const before = sql('SELECT wanted FROM vacancies WHERE id = 5');
  for (const bad of [0, 51]) {
    const r = await wsp.post('/api/v1/vacancies/5/wanted', { wanted: bad });
    assert.ok(isProblem(r, 422), r.text);
    assert.equal(r.json.field, 'wanted');
    assert.match(r.json.detail, /gewenst aantal kandidaten moet 1 tot en met 50 zijn/);
  }
  assert.ok(isProblem(await wsp.post('/api/v1/vacancies/5/wanted', { wanted: '2' }), 400));
  assert.ok(isProblem(await srteam.post('/api/v1/vacancies/5/wanted', { wanted: 2 }), 403));
  assert.ok(isProblem(await groenwerk.post('/api/v1/vacancies/5/wanted', { wanted: 2 }), 403));
  assert.ok(isProblem(await wsp.post('/api/v1/vacancies/999999/wanted', { wanted: 2 }), 404));
  assert.equal(sql('SELECT wanted FROM vacancies WHERE id = 5'), before, 'refusals write nothing');
  const ok = await wsp.post('/api/v1/vacancies/5/wanted', { wanted: 2 });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.wanted, 2);
  const list = await wsp.get('/api/v1/vacancies/5/shortlist');
  assert.ok(list.json.items.length <= 2);
  assert.match(sql("SELECT detail FROM audit_log WHERE entity = 'vacancy' AND entity_id = 5 ORDER BY id DESC LIMIT 1"), /"wanted":2/);
});
