// The contract list answers byte for byte as pinned: every filter (status, overdue, year, search),
// their combinations and pagination, for users of each scope, with and without the response cache.
// The pins (fixtures/contract_list_pin.json: per request the total, the ids shown and a SHA-256 of
// the body) were written by the list as it was before it was made fast (issue 12); rewrite them
// only for an intended change of the list: PIN_WRITE=1 tests/api/run.sh build/inclusio.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { startServer, loggedIn } from './lib.mjs';

const PIN_FILE = new URL('./fixtures/contract_list_pin.json', import.meta.url);
const USERS = ['beheer', 'srteam', 'groenwerk'];
const STATUSES = ['niet-van-toepassing', 'ontheffing', 'voldaan-via-sebo', 'voldaan', 'nog-niet-gestart', 'op-schema',
  'achter', 'niet-voldaan'];
const OVERDUE = ['contact', 'yearly-report', 'behind'];
const YEARS = ['2019', '2022', '2024', '2025', '2026'];
const QUERIES = ['a', 'ZTM', 'bv', 'onderhoud', 'zzz-nothing'];
const PAGES = ['', 'per_page=1', 'per_page=2&page=2', 'per_page=3&page=3', 'per_page=4&page=99'];

function queries() {
  const filters = [''];
  for (const s of STATUSES) filters.push(`status=${s}`);
  for (const o of OVERDUE) filters.push(`overdue=${o}`);
  for (const y of YEARS) filters.push(`year=${y}`);
  for (const q of QUERIES) filters.push(`q=${q}`);
  for (const s of ['op-schema', 'niet-voldaan', 'voldaan', 'achter'])
    for (const o of OVERDUE) filters.push(`status=${s}&overdue=${o}`);
  for (const y of ['2025', '2026']) {
    for (const s of ['op-schema', 'niet-voldaan', 'nog-niet-gestart']) filters.push(`year=${y}&status=${s}`);
    for (const o of OVERDUE) filters.push(`year=${y}&overdue=${o}`);
    filters.push(`year=${y}&q=a`);
  }
  filters.push('q=a&overdue=behind', 'q=a&status=op-schema', 'q=ZTM&year=2025&overdue=contact');
  const out = [];
  for (const f of filters) for (const p of PAGES) out.push([f, p].filter(Boolean).join('&'));
  return out;
}

async function answers(env) {
  const srv = await startServer(env);
  const got = {};
  try {
    for (const u of USERS) {
      const c = await loggedIn(srv.base, u);
      for (const q of queries()) {
        // With the cache on, twice: the second answer comes from it.
        for (let i = 0; i < (env.INCLUSIO_CACHE_MB === '0' ? 1 : 2); i++) {
          const r = await c.get('/api/v1/contracts' + (q ? '?' + q : ''));
          assert.equal(r.status, 200, `${u} ${q}: ${r.text}`);
          const pin = { total: r.json.total, ids: r.json.items.map((x) => x.id),
            sha256: createHash('sha256').update(r.text).digest('hex') };
          if (i === 1) assert.deepEqual(pin, got[`${u} ${q}`], `${u} ${q}: cached answer differs`);
          got[`${u} ${q}`] = pin;
        }
      }
    }
  } finally {
    await srv.stop();
  }
  return got;
}

let pinned;
before(() => {
  if (process.env.PIN_WRITE) return;
  pinned = JSON.parse(readFileSync(PIN_FILE, 'utf8'));
});

for (const [name, env] of [['without the response cache', { INCLUSIO_CACHE_MB: '0' }], ['with the response cache', {}]]) {
  test(`the contract list answers as pinned, ${name}`, async () => {
    const got = await answers(env);
    if (process.env.PIN_WRITE) {
      writeFileSync(PIN_FILE, JSON.stringify(got, null, 1) + '\n');
      return;
    }
    assert.equal(Object.keys(got).length, Object.keys(pinned).length);
    // Not every filter may come out empty: the pins must cover real rows.
    assert.ok(Object.values(pinned).filter((p) => p.ids.length > 0).length > 150);
    for (const k of Object.keys(pinned)) assert.deepEqual(got[k], pinned[k], k);
  });
}
