// The OCDS upload (issue 16) over HTTP: POST /api/v1/procurements/ocds takes the package itself,
// spooled to a temporary file (larger than the 64 KB of other bodies) and read streaming. Inkoop
// imports for its own municipality only (a Lansingerland award is an unknown buyer to Zoetermeer's
// inkoop), beheer for every one; the SR-team may not upload; the same file twice changes nothing;
// a malformed file is refused whole with its line (422).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, loggedIn, isProblem } from './lib.mjs';

const FX = new URL('../cli/fixtures/ocds/', import.meta.url);
const file = (name) => readFileSync(new URL(name, FX), 'utf8');
let srv, inkoop, srteam, beheer;
const upload = (c, text, q = '') => c.req('POST', '/api/v1/procurements/ocds' + q, text);

before(async () => {
  srv = await startServer();
  inkoop = await loggedIn(srv.base, 'inkoop');
  srteam = await loggedIn(srv.base, 'srteam');
  beheer = await loggedIn(srv.base, 'beheer');
});
after(async () => { await srv.stop(); });

test('inkoop imports a Zoetermeer works award: a draft with a provisional obligation; again changes nothing', async () => {
  const dry = await upload(inkoop, file('zoetermeer_works.json'), '?dryRun=true');
  assert.equal(dry.status, 200, dry.text);
  assert.equal(dry.json.dry_run, true);
  assert.equal(dry.json.new, 1);
  const r = await upload(inkoop, file('zoetermeer_works.json'));
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.new, 1, 'not written by the dry run');
  assert.equal(r.json.drafted, 1);
  const again = await upload(inkoop, file('zoetermeer_works.json'));
  assert.equal(again.status, 200, again.text);
  assert.deepEqual([again.json.new, again.json.updated, again.json.unchanged, again.json.drafted], [0, 0, 1, 0]);
  const m = await srteam.get('/api/v1/reports/missing-sr?municipality=zoetermeer');
  const item = m.json.items.find((x) => x.reference === 'ocds-5n7lx2-ztm25001');
  assert.ok(item, 'the draft is in the missing-social-return report');
  assert.equal(Number(item.obligation), 9975, '5 % of EUR 199,500, provisional');
  assert.equal(item.provisional, true);
});

test("an award of another municipality is outside inkoop's scope: skipped as an unknown buyer; beheer imports it", async () => {
  const text = file('zoetermeer_works.json').replaceAll('Gemeente Zoetermeer', 'Gemeente Lansingerland')
    .replaceAll('ztm25001', 'lsl25001');
  const r = await upload(inkoop, text);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.new, 0);
  assert.equal(r.json.skips[0].reason, "onbekende aanbesteder 'Gemeente Lansingerland'");
  const b = await upload(beheer, text);
  assert.equal(b.status, 200, b.text);
  assert.equal(b.json.new, 1);
});

test('the SR-team may not upload; a malformed file is refused whole; a file over 64 KB is read', async () => {
  assert.ok(isProblem(await upload(srteam, file('zoetermeer_works.json')), 403));
  const bad = await upload(inkoop, file('truncated.json'));
  assert.ok(isProblem(bad, 422), bad.text);
  assert.match(bad.json.detail, /regel 33: het bestand houdt midden in de JSON op/);
  const one = JSON.parse(file('foreign.json')).releases[0];
  const releases = Array.from({ length: 120 }, (_, i) => ({ ...one, ocid: `ocds-x-${i}`, id: `ocds-x-${i}-1` }));
  const big = JSON.stringify({ version: '1.1', releases }, null, 1);
  assert.ok(big.length > 64 * 1024, `${big.length} bytes`);
  const r = await upload(beheer, big);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.releases, 120);
  assert.equal(r.json.skipped, 120);
  const notJson = await inkoop.req('POST', '/api/v1/procurements/ocds', 'x', { headers: { 'Content-Type': 'text/plain' } });
  assert.ok(isProblem(notJson, 415), notJson.text);
});
