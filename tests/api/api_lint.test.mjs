// `make api-lint` in a test: Spectral with the ADR ruleset (docs/spectral.yaml) passes on
// docs/openapi.yaml and on the description the server publishes, and fails on a broken copy, on
// each rule where it was broken. One Spectral run lints them all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startServer, Client } from './lib.mjs';

const SPECTRAL = 'tests/api/node_modules/.bin/spectral';
const doc = parseYaml(readFileSync('docs/openapi.yaml', 'utf8'));
const copy = () => structuredClone(doc);
let srv, dir;
before(async () => { srv = await startServer(); dir = mkdtempSync(join(tmpdir(), 'inclusio-lint-')); });
after(async () => { await srv.stop(); rmSync(dir, { recursive: true, force: true }); });

// Breakages, each of one rule, made together in one copy (Spectral takes seconds per document):
// the rule that must catch it, and where (the path of the result, as text).
const BROKEN = {
  'no API-Version on a 200': ['adr-version-header', /^paths\.\/municipalities\.get\.responses\.200$/,
    (d) => { delete d.paths['/municipalities'].get.responses['200'].headers; }],
  'no API-Version on an error': ['adr-version-header', /^components\.responses\.NotFound$/,
    (d) => { delete d.components.responses.NotFound.headers; }],
  'info.version not semantic': ['adr-semver', /^info\.version$/, (d) => { d.info.version = '1'; }],
  'contact without e-mail': ['adr-info-contact', /^info\.contact$/, (d) => { delete d.info.contact.email; }],
  'server without the major version': ['adr-uri-version', /^servers/, (d) => { d.servers = [{ url: 'http://127.0.0.1:8080' }]; }],
  'version repeated in a path': ['adr-no-version-in-paths', /^paths\.\/v1\/labels$/, (d) => { d.paths['/v1/labels'] = d.paths['/labels']; }],
  'trailing slash': ['adr-no-trailing-slash', /^paths\.\/labels\/$/, (d) => { d.paths['/labels/'] = d.paths['/labels']; }],
  'camelCase path segment': ['adr-path-kebab-case', /^paths\.\/yearlyReports$/, (d) => { d.paths['/yearlyReports'] = d.paths['/labels']; }],
  'snake_case query key': ['adr-query-camel-case', /parameters/, (d) => { d.components.parameters.PerPage.name = 'per_page'; }],
  'problem with a member of its own': ['adr-problem-members', /^components\.schemas\.Problem\.properties$/,
    (d) => { d.components.schemas.Problem.properties.field = { type: 'string' }; }],
  'error as plain JSON': ['adr-problem-json', /^components\.responses\.NotFound\.content$/, (d) => {
    d.components.responses.NotFound.content = { 'application/json': d.components.responses.NotFound.content['application/problem+json'] };
  }],
  'description not published': ['adr-publish-openapi', /^paths$/, (d) => { delete d.paths['/openapi.json']; }],
  'OpenAPI 3.1 keyword under 3.0': ['oas3-schema', /hours_per_week\.exclusiveMinimum$/, (d) => {
    const hours = d.components.schemas.EmploymentInput.properties.hours_per_week;
    delete hours.minimum;
    hours.exclusiveMinimum = 0;
  }],
};

test('the ruleset passes the description and the published one, and fails a broken copy on each rule', { timeout: 180000 }, async () => {
  const served = await new Client(srv.base).get('/api/v1/openapi.json');
  assert.equal(served.status, 200);
  const files = { yaml: 'docs/openapi.yaml', served: join(dir, 'served.json'), broken: join(dir, 'broken.json') };
  writeFileSync(files.served, served.text);
  const d = copy();
  for (const [, , breakIt] of Object.values(BROKEN)) breakIt(d);
  writeFileSync(files.broken, JSON.stringify(d));
  let out;
  try {
    out = execFileSync(SPECTRAL, ['lint', '-r', 'docs/spectral.yaml', '-f', 'json', '--quiet', ...Object.values(files)],
      { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.fail('spectral passed the broken copy');
  } catch (err) {
    if (err.code === 'ERR_ASSERTION') throw err;
    out = err.stdout;
  }
  const results = JSON.parse(out);
  const of = (file) => results.filter((r) => r.source.endsWith(file.replace(/^docs\//, '/docs/')));
  const brief = (rs) => rs.map((r) => `${r.code} ${r.path.join('.')}`);
  assert.deepEqual(brief(of(files.yaml)), [], 'docs/openapi.yaml lints clean');
  assert.deepEqual(brief(of(files.served)), [], 'the published description lints clean');
  const broken = of(files.broken);
  for (const [name, [rule, where]] of Object.entries(BROKEN)) {
    assert.ok(broken.some((r) => r.code === rule && where.test(r.path.join('.'))),
      `${name}: expected ${rule} at ${where}; got:\n${brief(broken).join('\n')}`);
  }
});
