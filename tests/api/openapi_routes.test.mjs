// docs/openapi.yaml and src/web/routes.def must describe the same operations, with the same
// public (no session) ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

function fromRoutes() {
  const ops = new Map();
  const text = readFileSync('src/web/routes.def', 'utf8');
  for (const m of text.matchAll(/^ROUTE\(\s*"(\w+)",\s*"([^"]+)",\s*(\w+),\s*(AUTH_\w+)\)/gm))
    ops.set(`${m[1]} ${m[2]}`, m[4] === 'AUTH_PUBLIC');
  return ops;
}

// The paths are relative to the one server, the major version (/api/v1).
function fromOpenApi() {
  const ops = new Map();
  const lines = readFileSync('docs/openapi.yaml', 'utf8').split('\n');
  const servers = lines.map((l) => l.match(/^  - url: (\S+)\s*$/)).filter(Boolean);
  assert.equal(servers.length, 1, 'one server');
  const base = servers[0][1];
  let inPaths = false, path = null, op = null;
  for (const line of lines) {
    if (/^paths:\s*$/.test(line)) { inPaths = true; continue; }
    if (inPaths && /^\S/.test(line)) inPaths = false;
    if (!inPaths) continue;
    let m;
    if ((m = line.match(/^  (\/\S+):\s*$/))) { path = base + m[1]; op = null; continue; }
    if ((m = line.match(/^    (get|post|put|patch|delete|options):\s*$/))) {
      op = `${m[1].toUpperCase()} ${path}`;
      ops.set(op, false);
      continue;
    }
    if (op && /^      security: \[\]\s*$/.test(line)) ops.set(op, true);
  }
  return ops;
}

test('every route is documented and every documented operation exists', () => {
  const routes = fromRoutes(), doc = fromOpenApi();
  assert.ok(routes.size >= 25, `routes.def read (${routes.size})`);
  const missingInDoc = [...routes.keys()].filter((k) => !doc.has(k));
  const missingInCode = [...doc.keys()].filter((k) => !routes.has(k));
  assert.deepEqual(missingInDoc, [], 'routes without OpenAPI description');
  assert.deepEqual(missingInCode, [], 'OpenAPI operations without a route');
});

test('public operations are exactly the AUTH_PUBLIC routes', () => {
  const routes = fromRoutes(), doc = fromOpenApi();
  for (const [k, pub] of routes) assert.equal(doc.get(k), pub, `${k}: security in openapi.yaml vs routes.def`);
});

test('no prose was mistaken for a key (a comma inside a flow mapping)', () => {
  const bad = readFileSync('docs/openapi.yaml', 'utf8').split('\n')
    .map((l, i) => [i + 1, l]).filter(([, l]) => /^\s+[A-Za-z][^:'"{}]* [^:'"{}]*: null\s*$/.test(l));
  assert.deepEqual(bad, []);
});
