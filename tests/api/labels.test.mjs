// GET /api/v1/labels: the one label table, public and cacheable, covering the codes the API sends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './lib.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

test('the label table is public, cacheable and has Dutch labels for the codes', async () => {
  const r = await fetch(srv.base + '/api/v1/labels');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('cache-control'), /public, max-age=3600/);
  const { lists } = await r.json();
  assert.equal(lists.category.werken, 'Werken');
  assert.equal(lists.progress_status.achter, 'Achter op schema');
  assert.equal(lists.role['sr-team'], 'SR-team');
  assert.equal(lists.audit_entity.proposal, 'Voorstellen');
  assert.equal(lists.audit_noun.vacancy, 'de vacature');
  // the order forms offer them
  assert.deepEqual(Object.keys(lists.procedure), ['enkelvoudig-onderhands', 'meervoudig-onderhands', 'nationaal', 'europees']);
  for (const [name, list] of Object.entries(lists)) {
    for (const [code, label] of Object.entries(list)) assert.ok(label.length > 0, `${name}.${code} has a label`);
  }
  // other API answers keep no-store
  assert.equal((await fetch(srv.base + '/api/v1/municipalities')).headers.get('cache-control'), 'no-store');
});

test('every status and procedure code the API sends has a label', async () => {
  const { lists } = await (await fetch(srv.base + '/api/v1/labels')).json();
  const s = await loggedIn(srv.base, 'srteam');
  const contracts = await s.get('/api/v1/contracts?per_page=100');
  assert.equal(contracts.status, 200);
  const seen = { progress_status: new Set(), category: new Set(), procedure: new Set() };
  for (const c of contracts.json.items) {
    if (c.progress && c.progress.status) seen.progress_status.add(c.progress.status);
    if (c.category) seen.category.add(c.category);
    if (c.procedure) seen.procedure.add(c.procedure);
  }
  for (const [list, codes] of Object.entries(seen)) {
    assert.ok(codes.size > 0, `the demo data has ${list} codes`);
    for (const code of codes) assert.ok(lists[list][code], `${list} ${code} has a label`);
  }
  const audit = await (await loggedIn(srv.base, 'beheer')).get('/api/v1/audit?per_page=200');
  assert.equal(audit.status, 200);
  for (const a of audit.json.items) {
    assert.ok(lists.audit_noun[a.entity], `audit record kind ${a.entity} has a noun`);
    assert.ok(lists.audit_entity[a.entity], `audit record kind ${a.entity} has a label`);
    assert.ok(lists.audit_action[a.action], `audit action ${a.action} has a label`);
  }
});
