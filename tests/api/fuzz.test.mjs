// Property-based fuzz run over EVERY operation in docs/openapi.yaml, for every demo role and for a
// caller without a session. fast-check generates path and query parameters and JSON bodies from
// each operation's schema: valid ones, and invalid ones (a field of the wrong type, a missing
// required field, an unknown field, extreme numbers and strings, bodies that are not JSON or not
// an object). Every answer must be a 2xx, or a 4xx with a valid application/problem+json body;
// a 5xx, a request that gets no answer in time, a reset connection or a dead server fails the run.
//
// Deterministic by seed: FUZZ_SEED (default below) seeds every property; the seed is printed first.
// Replay one operation: FUZZ_SEED=<seed> FUZZ_ONLY='POST /api/v1/contracts' (and FUZZ_ROLE=srteam).
// FUZZ_RUNS sets the generated requests per operation and role (bounded so the run stays short).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { startServer, Client, loggedIn, isProblem, PASSWORDS } from './lib.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 20261102) | 0;
const RUNS = Number(process.env.FUZZ_RUNS ?? 5);
const ONLY = process.env.FUZZ_ONLY || null;
const ONLY_ROLE = process.env.FUZZ_ROLE || null;
const TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT_MS ?? 10000);   // an answer later than this is a hang
const ANON = '(geen sessie)';
// Logging in hashes the password (Argon2id, slow on purpose): fewer runs there keep the run short.
const RUNS_OF = { 'POST /api/v1/session': Math.min(RUNS, 2) };

const doc = parseYaml(readFileSync('docs/openapi.yaml', 'utf8'));

// Local $ref resolution ('#/components/...'), one level at a time.
function deref(node) {
  while (node && node.$ref) node = node.$ref.slice(2).split('/').reduce((o, k) => o[k], doc);
  return node;
}

// Every documented operation, in file order; the ones that end a session or change a demo user
// run last so the other operations see every role logged in.
const LAST = ['POST /api/v1/users/{id}/password', 'POST /api/v1/users/{id}/disable', 'DELETE /api/v1/session'];
// Paths are relative to the one server, the major version (/api/v1).
const BASE = doc.servers[0].url;
function operations() {
  const ops = [];
  for (const [rel, item] of Object.entries(doc.paths)) {
    const path = BASE + rel;
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params = (op.parameters || []).map(deref).filter((p) => p.in === 'path' || p.in === 'query');
      const body = op.requestBody ? deref(op.requestBody).content?.['application/json']?.schema : null;
      ops.push({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, params, body: deref(body) });
    }
  }
  const rank = (o) => LAST.indexOf(o.key);
  return ops.sort((a, b) => rank(a) - rank(b));
}

// ---- generators ----

// Values seen in the demo data (filled in before the run), so valid requests reach real records.
const samples = { municipality: ['zoetermeer'], kvk: ['12345678'], ids: [1, 2, 3] };

const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),            // lone surrogates, control characters
  fc.constantFrom('', ' ', '\u0000', '0', '-1', '1e309', 'NaN', '9'.repeat(40), '2024-02-30', '2024-13-01',
    '0000-00-00', '31-12-2025', "'; DROP TABLE contracts; --", '%00', '../../etc/passwd', '<script>x</script>',
    '=HYPERLINK("x")', 'ja', 'nee', 'true', '12,5', '1.000,00', '\u202e', 'é'.repeat(200)),
  fc.nat({ max: 70000 }).map((n) => 'x'.repeat(n)));
const nastyNumber = fc.oneof(
  fc.integer(), fc.double(), fc.constantFrom(0, -0, -1, 1e308, -1e308, 2 ** 53, 2 ** 63, -(2 ** 63), 0.005, 1e-320,
    99999999999999, 3.14159265358979));

// Generator of a value that conforms to a (resolved) schema, by name of the field where it helps.
function valid(schema, name = '') {
  schema = deref(schema) || {};
  let arb = validInner(schema, name);
  if (schema.nullable) arb = fc.option(arb, { nil: null, freq: 8 });
  return arb;
}
function validInner(s, name) {
  if (s.allOf) return fc.tuple(...s.allOf.map((x) => valid(x, name))).map((parts) => Object.assign({}, ...parts));
  if (s.oneOf || s.anyOf) return fc.oneof(...(s.oneOf || s.anyOf).map((x) => valid(x, name)));
  if (s.enum) return fc.constantFrom(...s.enum);
  const type = s.type || (s.properties ? 'object' : 'string');
  const lo = (d) => (s.minimum ?? d) + (s.exclusiveMinimum === true ? 1 : 0);
  switch (type) {
    case 'boolean': return fc.boolean();
    case 'integer':
      if (name === 'id' || /_id$/.test(name) || name === 'contract' || name === 'vacancy' || name === 'candidate')
        return fc.oneof(fc.constantFrom(...samples.ids), fc.integer({ min: 1, max: 60 }));
      if (name === 'year') return fc.integer({ min: 2015, max: 2030 });
      return fc.integer({ min: lo(0), max: s.maximum ?? Math.max(lo(0) + 100, 100) });
    case 'number': {
      const min = lo(0), max = s.maximum ?? 1e7;
      return fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((c) => c / 100);
    }
    case 'array': {
      const min = s.minItems ?? 0, max = Math.max(min, Math.min(s.maxItems ?? 4, 4));
      return fc.array(valid(s.items || {}, name), { minLength: min, maxLength: max });
    }
    case 'object': {
      const props = s.properties || {};
      const required = s.required || [];
      const rec = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valid(v, k)]));
      return fc.record(rec, { requiredKeys: required.filter((k) => k in props) });
    }
    default: return validString(s, name);
  }
}
function validString(s, name) {
  const choices = [];
  if (s.example !== undefined) choices.push(fc.constant(String(s.example)));
  if (s.format === 'date' || /(^|_)(date|start|end|from|until|on|peildatum)$/.test(name) || name === 'valid_until')
    choices.push(isoDate);
  else if (s.format === 'date-time' || /_at$/.test(name)) choices.push(isoDate.map((d) => `${d}T09:30:00Z`));
  else if (name === 'municipality' || name === 'region') choices.push(fc.constantFrom(...samples.municipality, 'ZHC', 'Haaglanden'));
  else if (/kvk$/.test(name) || name === 'employer') choices.push(fc.constantFrom(...samples.kvk));
  else if (name === 'csv') choices.push(csvText);
  else if (s.pattern) choices.push(fc.stringMatching(new RegExp(s.pattern)));
  else choices.push(fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 30, 30) }));
  return choices.length === 1 ? choices[0] : fc.oneof(...choices);
}

// A CSV file for the import endpoint: the documented header, rows of plausible and hostile cells.
const BANEN_HEADER = 'municipality,employer_kvk,employer_name,department,sector,bsn,target_group,start,end,hours_per_week,contract_type,instrument,source';
const csvCell = fc.oneof(fc.constantFrom('zoetermeer', '12345678', '111222333', 'markt', 'overheid', 'wajong', 'vast',
  'geen', 'uwv', '2026-01-01', '24', ''), nastyString.map((x) => (/[",\r\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x)));
const csvText = fc.tuple(fc.constantFrom(BANEN_HEADER, '', 'a,b,c', BANEN_HEADER + ',extra', '\ufeff' + BANEN_HEADER),
  fc.array(fc.array(csvCell, { minLength: 0, maxLength: 15 }).map((r) => r.join(',')), { maxLength: 6 }),
  fc.constantFrom('\n', '\r\n', '\r'))
  .map(([h, rows, nl]) => [h, ...rows].join(nl));

// Invalid variants of a body: a field replaced by a value of any JSON type, a required field
// removed, an unknown field added, or the whole body something else than a JSON object.
function bodies(schema) {
  const s = deref(schema);
  const good = valid(s);
  const keys = Object.keys(s?.properties || {});
  const anyJson = fc.oneof(nastyString, nastyNumber, fc.jsonValue({ maxDepth: 3 }), fc.constant(null));
  const variants = [{ arbitrary: good.map((b) => ({ json: b })), weight: 4 }];
  if (keys.length) {
    variants.push({ arbitrary: fc.tuple(good, fc.constantFrom(...keys), anyJson).map(([b, k, v]) => ({ json: { ...b, [k]: v } })), weight: 4 });
    variants.push({ arbitrary: fc.tuple(good, fc.constantFrom(...keys)).map(([b, k]) => { const c = { ...b }; delete c[k]; return { json: c }; }), weight: 1 });
  }
  variants.push({ arbitrary: fc.tuple(good, fc.string({ minLength: 1, maxLength: 12 }), anyJson).map(([b, k, v]) => ({ json: { ...b, [k]: v } })), weight: 1 });
  variants.push({ arbitrary: rawBody, weight: 2 });
  return fc.oneof(...variants);
}
const rawBody = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((v) => ({ raw: JSON.stringify(v) ?? 'null' })),
  fc.constantFrom('', '{', '{"a":', '{"a":1,"a":2}', '[]', '"x"', 'null', '{"x":1}garbage', '\u0000', '{}'.padEnd(70000, ' '),
    '['.repeat(5000), '{"a":' + '['.repeat(3000) + '}', '{"\ud800":1}').map((raw) => ({ raw })),
  fc.uint8Array({ maxLength: 200 }).map((b) => ({ raw: Buffer.from(b) })),
  fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/jsonx', ''))
    .map(([v, type]) => ({ raw: JSON.stringify({ v }), type })));

// Parameter values: mostly what the schema allows, else anything.
function paramValue(p) {
  const s = deref(p.schema) || {};
  let good;
  if (p.in === 'path' && (s.type === 'integer' || p.name === 'id')) good = fc.oneof(fc.constantFrom(...samples.ids), fc.integer({ min: 1, max: 80 }));
  else if (p.name === 'kvk') good = fc.constantFrom(...samples.kvk);
  else good = valid(s, p.name);
  const bad = fc.oneof(nastyString.filter((x) => x.length < 300), nastyNumber, fc.constantFrom('0', '-5', '9'.repeat(25), '1.5', 'abc', '%ff'));
  return fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: bad, weight: 2 }).map(String);
}

function requestArb(op) {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const pathArb = fc.tuple(...pathParams.map(paramValue)).map((vals) => {
    let path = op.path;
    pathParams.forEach((p, i) => { path = path.replace(`{${p.name}}`, encodeURIComponent(vals[i])); });
    return path;
  });
  const queryArb = fc.tuple(
    fc.record(Object.fromEntries(queryParams.map((p) => [p.name, paramValue(p)])), { requiredKeys: [] }),
    fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 })), { freq: 5 }))
    .map(([q, extra]) => {
      const u = new URLSearchParams(q);
      if (extra) u.append(extra[0], extra[1]);
      const s = u.toString();
      return s ? '?' + s : '';
    });
  const bodyArb = op.body ? bodies(op.body)
    : op.method === 'GET' ? fc.constant(null)   // fetch sends no body with GET
    : fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: rawBody, weight: 1 });
  // Most requests carry the session's CSRF token; some do not, to reach the refusals too.
  return fc.record({ path: pathArb, query: queryArb, body: bodyArb, csrf: fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 }) });
}

// ---- the run ----

let srv;
const clients = {};
const seen = {};   // answers per status
before(async () => {
  srv = await startServer();
  const beheer = await loggedIn(srv.base, 'beheer');
  const m = await beheer.get('/api/v1/municipalities');
  samples.municipality = m.json.items.map((x) => x.code);
  const h = await beheer.get('/api/v1/sebo/holders');
  const kvks = (h.json?.items || []).map((x) => x.kvk).filter(Boolean);
  if (kvks.length) samples.kvk = kvks.slice(0, 8);
  samples.ids = [1, 2, 3, 5, 8, 13, 21, 34];
  for (const role of Object.keys(PASSWORDS)) clients[role] = role === 'beheer' ? beheer : await loggedIn(srv.base, role);
  clients[ANON] = new Client(srv.base);
});
after(async () => { if (srv) await srv.stop(); });

function alive() {
  try { process.kill(srv.pid, 0); return true; } catch { return false; }
}

// Sends one generated request; returns a description of what is wrong with the answer, or null.
async function check(client, op, r) {
  const url = srv.base + r.path + r.query;
  const headers = {};
  if (client.cookie) headers.Cookie = `inclusio_session=${client.cookie}`;
  if (r.csrf && client.csrf && op.method !== 'GET') headers['X-CSRF-Token'] = client.csrf;
  let payload;
  if (r.body) {
    payload = 'json' in r.body ? JSON.stringify(r.body.json) : r.body.raw;
    headers['Content-Type'] = r.body.type ?? 'application/json';
  }
  let res, text;
  try {
    res = await fetch(url, { method: op.method, headers, body: payload, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    text = await res.text();
  } catch (err) {
    const why = err.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS} ms (hang)` : `${err.message} ${err.cause?.code || err.cause?.message || ''}`;
    return alive() ? why : `${why}; the server process died`;
  }
  seen[res.status] = (seen[res.status] || 0) + 1;
  if (res.status >= 500) return `${res.status}: ${text.slice(0, 300)}`;
  if (res.status >= 400) {
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    if (!isProblem({ status: res.status, json, headers: res.headers }, res.status))
      return `${res.status} without a valid problem+json body: ${res.headers.get('content-type')} ${text.slice(0, 200)}`;
  } else if (res.status < 200 || res.status >= 300) {
    return `unexpected status ${res.status}`;
  }
  return null;
}

function describe(op, role, r) {
  const body = r.body ? ('json' in r.body ? JSON.stringify(r.body.json) : String(r.body.raw)) : '';
  return `${op.method} ${r.path}${r.query} as ${role}${r.csrf ? '' : ' (no CSRF token)'} body=${body.slice(0, 400)}`;
}

// A 32-bit seed per operation and role, derived from the run's seed, so one can be replayed alone.
function seedFor(key) {
  let h = SEED ^ 0x9e3779b9;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}

test(`every documented operation, every role, generated input (FUZZ_SEED=${SEED}, ${RUNS} per operation and role)`, { timeout: Math.max(240000, RUNS * 50000) }, async () => {
  console.log(`# fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}${ONLY ? ` FUZZ_ONLY='${ONLY}'` : ''}`);
  const ops = operations().filter((o) => !ONLY || o.key === ONLY);
  assert.ok(ONLY || ops.length >= 80, `operations read from docs/openapi.yaml: ${ops.length}`);
  const roles = [ANON, ...Object.keys(PASSWORDS)].filter((r) => !ONLY_ROLE || r === ONLY_ROLE);
  let sent = 0, done = 0;
  const failures = [];   // every operation and role is tried; all failures are listed at the end
  const started = Date.now();
  const took = [];
  for (const op of ops) {
    const t0 = Date.now();
    const arb = requestArb(op);
    for (const role of roles) {
      const client = clients[role];
      const seed = seedFor(`${op.key} ${role}`);
      const out = await fc.check(fc.asyncProperty(arb, async (r) => {
        sent++;
        const why = await check(client, op, r);
        if (why) throw new Error(`${describe(op, role, r)}\n  -> ${why}`);
      }), { seed, numRuns: RUNS_OF[op.key] ?? RUNS, endOnFailure: true });
      if (out.failed) {
        const msg = out.errorInstance?.message || String(out.error);
        failures.push(`${msg}\n  replay: FUZZ_SEED=${SEED} FUZZ_ONLY='${op.key}' FUZZ_ROLE='${role}' (fast-check seed ${seed})`);
        console.log(`# fuzz FAILURE: ${failures.at(-1).replace(/\n/g, '\n# ')}`);
      }
      assert.ok(alive(), `the server died during ${op.key} as ${role}:\n${failures.join('\n')}\n${srv.stderr().slice(-2000)}`);
    }
    done++;
    took.push([Date.now() - t0, op.key]);
  }
  const slowest = took.sort((a, b) => b[0] - a[0]).slice(0, 4).map(([ms, k]) => `${k} ${ms} ms`).join(', ');
  console.log(`# fuzz: ${sent} requests over ${done} operations and ${roles.length} roles in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(seen)}; slowest: ${slowest}`);
  assert.deepEqual(failures, [], `${failures.length} failing operation/role pairs`);
  // The server still answers normally afterwards.
  const r = await new Client(srv.base).get('/api/v1/municipalities');
  assert.equal(r.status, 200);
});

// What earlier runs found, replayed on every run (each failed before its fix).
const FOUND = [
  // A detail cut at its buffer's end inside a multi-byte character made the problem body invalid
  // UTF-8: the answer was 404 with {"status":500} and no detail (FUZZ_SEED=20261102).
  ['inkoop', 'GET', '/api/v1/reports/banen?municipality=' + encodeURIComponent('é'.repeat(300))],
  ['beheer', 'GET', '/api/v1/contracts?municipality=' + encodeURIComponent('é'.repeat(300))],
  // Bytes that are not UTF-8, echoed in a refusal.
  ['srteam', 'GET', '/api/v1/reports/sroi?municipality=%ff%fe'],
  ['beheer', 'GET', '/api/v1/%ff%fe'],
];
test('inputs found by earlier fuzz runs get a valid answer', async () => {
  for (const [role, method, path] of FOUND) {
    const why = await check(clients[role], { method }, { path, query: '', body: null, csrf: true });
    assert.equal(why, null, `${method} ${path} as ${role}: ${why}`);
  }
});
