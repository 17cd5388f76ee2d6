// Cached answers (contract list and detail) never outlive a change: not one made through the API,
// not one made by another process on the same database (the CLI).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, loggedIn, sqlOn } from './lib.mjs';

let srv, sr;
before(async () => {
  srv = await startServer();
  sr = await loggedIn(srv.base, 'srteam');
});
after(async () => { await srv.stop(); });

test('a change by another process shows at once in list and detail', async () => {
  const list = (await sr.get('/api/v1/contracts?per_page=200')).json;
  const target = list.items.find((x) => x.contact.date === null) || list.items[0];
  // Ask several times so every worker thread has the answer cached.
  for (let i = 0; i < 8; i++) assert.equal((await sr.get(`/api/v1/contracts/${target.id}`)).status, 200);
  execFileSync(process.env.INCLUSIO_BIN, ['--db', srv.db, 'contract', 'contact', String(target.id), '--date', '2020-02-03'], { stdio: 'pipe' });
  for (let i = 0; i < 8; i++) {
    const d = await sr.get(`/api/v1/contracts/${target.id}`);
    assert.equal(d.json.contact.date, '2020-02-03', 'detail after the CLI change');
  }
  const again = (await sr.get('/api/v1/contracts?per_page=200')).json;
  assert.equal(again.items.find((x) => x.id === target.id).contact.date, '2020-02-03', 'list after the CLI change');
});

test('a new contract appears in the cached list at once', async () => {
  const before = (await sr.get('/api/v1/contracts?per_page=5')).json.total;
  for (let i = 0; i < 8; i++) await sr.get('/api/v1/contracts?per_page=5');
  const inkoop = await loggedIn(srv.base, 'inkoop');
  const c = await inkoop.post('/api/v1/contracts', {
    municipality: 'zoetermeer', reference: 'ZTM-CACHE-1', title: 'Cachetest', category: 'diensten', procedure: 'europees',
    value: 300000, labour_share_pct: 50, award_date: '2026-05-04', start_date: '2026-06-01', end_date: '2027-05-31', contractor_kvk: '12345678', contractor_name: 'Cache BV',
  });
  assert.equal(c.status, 201, c.text);
  for (let i = 0; i < 8; i++) assert.equal((await sr.get('/api/v1/contracts?per_page=5')).json.total, before + 1);
});

test('the same list URL answered for two scopes never mixes them', async () => {
  const inkoop = await loggedIn(srv.base, 'inkoop');
  const url = '/api/v1/contracts?per_page=200&q=' + encodeURIComponent('e');
  for (let i = 0; i < 4; i++) {
    const wide = (await sr.get(url)).json;
    assert.ok(wide.items.some((x) => x.municipality !== 'zoetermeer'), 'sr-team sees its three municipalities');
    const narrow = (await inkoop.get(url)).json;
    assert.ok(narrow.items.length > 0 && narrow.items.every((x) => x.municipality === 'zoetermeer'));
  }
  const long = await sr.get('/api/v1/contracts?q=' + 'x'.repeat(101));
  assert.equal(long.status, 400);
  assert.equal(long.json.field, 'q');
});

// Invalidation per municipality (migration 009): a commit that declares it changes Zoetermeer only
// leaves a cached Lansingerland contract in place. The commit here changes that contract behind the
// cache's back, so the old answer is what shows the cache kept it; raising Lansingerland's counter
// then shows the change at once, as a write through inclusio in Lansingerland does.
test('a write in one municipality leaves the cached pages of another in place', async () => {
  const list = (await sr.get('/api/v1/contracts?per_page=200')).json;
  const l = list.items.find((x) => x.municipality === 'lansingerland');
  const pg = /^postgres/.test(srv.db);
  assert.ok(l, 'a Lansingerland contract');
  // Many requests at once, so every worker thread has had its first look at the database.
  for (let round = 0; round < 3; round++) {
    const all = await Promise.all(Array.from({ length: 24 }, () => sr.get(`/api/v1/contracts/${l.id}`)));
    for (const r of all) assert.equal(r.status, 200);
  }
  const title = (await sr.get(`/api/v1/contracts/${l.id}`)).json.title;
  // As the seam does it (db_stamp_writes); PostgreSQL also counts the declared commit in its driver table.
  const bump = (m) => `INSERT INTO change_stamps(municipality, n) VALUES ('${m}', 1)
    ON CONFLICT (municipality) DO UPDATE SET n = change_stamps.n + 1;
    ${pg ? 'UPDATE inc_db_changes SET scoped = scoped + 1 WHERE slot = 0;' : ''}`;
  sqlOn(srv.db, `BEGIN; ${pg ? "SELECT set_config('inclusio.bumped', '1', true);" : ''}
    UPDATE contracts SET title = 'Buiten de cache om' WHERE id = ${l.id}; ${bump('zoetermeer')} COMMIT;`);
  for (let i = 0; i < 8; i++) {
    assert.equal((await sr.get(`/api/v1/contracts/${l.id}`)).json.title, title, 'Lansingerland still cached');
  }
  sqlOn(srv.db, `BEGIN; ${pg ? "SELECT set_config('inclusio.bumped', '1', true);" : ''} ${bump('lansingerland')} COMMIT;`);
  for (let i = 0; i < 8; i++) {
    assert.equal((await sr.get(`/api/v1/contracts/${l.id}`)).json.title, 'Buiten de cache om', 'after its own change');
  }
});

// A contract page is cached once for everyone who may see it; the entry keeps its municipality and
// contractor, and a hit is checked against them (no statement): a user of another municipality or
// another contractor gets 404 from the cache as from the database.
test('a cached contract is shown only to who may see it', async () => {
  const inkoop = await loggedIn(srv.base, 'inkoop');
  const groen = await loggedIn(srv.base, 'groenwerk');
  const mine = (await groen.get('/api/v1/contracts?per_page=200')).json.items.map((x) => x.id);
  const list = (await sr.get('/api/v1/contracts?per_page=200')).json.items;
  const other = list.find((x) => x.municipality !== 'zoetermeer' && !mine.includes(x.id));
  assert.ok(other, 'a contract outside Zoetermeer and not of Groenwerk');
  for (let i = 0; i < 8; i++) assert.equal((await sr.get(`/api/v1/contracts/${other.id}`)).status, 200);
  for (let i = 0; i < 8; i++) {
    for (const who of [inkoop, groen]) {
      const r = await who.get(`/api/v1/contracts/${other.id}`);
      assert.equal(r.status, 404, r.text);
      assert.equal(r.json.detail, 'niet gevonden');
      assert.ok(!r.text.includes(other.reference), 'nothing of the contract in the answer');
    }
  }
  // The other way round: first read (and cached) by nobody allowed, then by the SR-team.
  const fresh = list.filter((x) => x.municipality !== 'zoetermeer' && !mine.includes(x.id)).at(-1);
  for (let i = 0; i < 4; i++) assert.equal((await inkoop.get(`/api/v1/contracts/${fresh.id}`)).status, 404);
  assert.equal((await sr.get(`/api/v1/contracts/${fresh.id}`)).json.reference, fresh.reference);
  assert.equal((await sr.get('/api/v1/contracts/999999')).status, 404);
});

// The list's count rides on its page; a page past the end still has the count, and a narrowed scope
// (?municipality=, whose id comes from the session) counts only that municipality.
test('the list total is the same on every page, past the end and narrowed', async () => {
  const all = (await sr.get('/api/v1/contracts?per_page=200')).json;
  assert.ok(all.total <= 200 && all.items.length === all.total);
  const first = (await sr.get('/api/v1/contracts?per_page=5')).json;
  assert.equal(first.total, all.items.length);
  const pages = Math.ceil(first.total / 5);
  const past = (await sr.get(`/api/v1/contracts?per_page=5&page=${pages + 3}`)).json;
  assert.equal(past.total, first.total);
  assert.deepEqual(past.items, []);
  const lsn = (await sr.get('/api/v1/contracts?per_page=2&municipality=lansingerland')).json;
  assert.equal(lsn.total, all.items.filter((x) => x.municipality === 'lansingerland').length);
  assert.ok(lsn.items.every((x) => x.municipality === 'lansingerland'));
});
