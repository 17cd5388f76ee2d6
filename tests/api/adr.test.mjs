// The NL API Design Rules (docs/api.md): the version in one place (VERSION) reaching the API-Version
// header and the description, the description served without login with CORS, valid for the
// OpenAPI version it declares.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startServer, Client, loggedIn, isProblem } from './lib.mjs';

const VERSION = readFileSync('VERSION', 'utf8').trim();
const yaml = parseYaml(readFileSync('docs/openapi.yaml', 'utf8'));
let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

test('VERSION is a semantic version and docs/openapi.yaml declares the same', () => {
  assert.match(VERSION, /^\d+\.\d+\.\d+$/);
  assert.equal(yaml.info.version, VERSION, 'info.version of docs/openapi.yaml');
  assert.equal(yaml.servers.length, 1);
  assert.equal(yaml.servers[0].url, `/api/v${VERSION.split('.')[0]}`, 'the server is the major version');
  for (const k of ['name', 'email', 'url']) assert.ok(yaml.info.contact?.[k], `info.contact.${k}`);
});

test('docs/openapi.yaml is valid for the OpenAPI version it declares', async () => {
  const v = new Validator();
  const res = await v.validate(yaml);
  assert.deepEqual(res.errors, undefined, JSON.stringify(res.errors, null, 1)?.slice(0, 2000));
  assert.equal(res.valid, true);
  assert.equal(v.version, yaml.openapi.replace(/\.\d+$/, ''));
});

test('GET /api/v1/openapi.json: the description without login, open to every origin', async () => {
  const r = await new Client(srv.base).get('/api/v1/openapi.json', { headers: { Origin: 'https://developer.example' } });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^application\/json/);
  assert.equal(r.headers.get('access-control-allow-origin'), '*');
  assert.equal(r.headers.get('api-version'), VERSION);
  assert.equal(r.json.info.version, VERSION, 'info.version is the API-Version');
  // Generated from docs/openapi.yaml at build time: the same document.
  assert.deepEqual(Object.keys(r.json.paths), Object.keys(yaml.paths));
  assert.deepEqual({ ...r.json, info: null }, { ...JSON.parse(JSON.stringify(yaml)), info: null });
  const pre = await new Client(srv.base).req('OPTIONS', '/api/v1/openapi.json', undefined, {
    headers: { Origin: 'https://developer.example', 'Access-Control-Request-Method': 'GET' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.match(pre.headers.get('access-control-allow-methods'), /GET/);
  // Only the description is open to other origins.
  const m = await new Client(srv.base).get('/api/v1/municipalities', { headers: { Origin: 'https://developer.example' } });
  assert.equal(m.headers.get('access-control-allow-origin'), null);
});

test('the operator sets the contact of the description', async () => {
  const own = await startServer({ INCLUSIO_API_CONTACT_NAME: 'Team Werk en Inkomen', INCLUSIO_API_CONTACT_EMAIL: 'api@gemeente.test',
    INCLUSIO_API_CONTACT_URL: 'https://gemeente.test/api' });
  try {
    const r = await new Client(own.base).get('/api/v1/openapi.json');
    assert.deepEqual(r.json.info.contact, { name: 'Team Werk en Inkomen', email: 'api@gemeente.test', url: 'https://gemeente.test/api' });
  } finally { await own.stop(); }
});

test('every API answer carries API-Version, success or error', async () => {
  const anon = new Client(srv.base), beheer = await loggedIn(srv.base, 'beheer');
  const answers = [
    [200, await anon.get('/api/v1/municipalities')],
    [200, await beheer.get('/api/v1/contracts?perPage=1')],
    [201, await beheer.post('/api/v1/skills', { name: 'API-versie testen' })],
    [204, await beheer.req('POST', '/api/v1/skills/1/active', { active: true })],
    [400, await beheer.post('/api/v1/skills', { name: 'x', extra: 1 })],
    [401, await anon.get('/api/v1/contracts')],
    [403, await beheer.post('/api/v1/skills', { name: 'y' }, { csrf: false })],
    [404, await anon.get('/api/v1/bestaat-niet')],
    [404, await anon.get('/api/v1/municipalities/')],   // no trailing slashes
    [405, await anon.req('PUT', '/api/v1/municipalities', {})],
    [413, await anon.req('POST', '/api/v1/session', JSON.stringify({ username: 'x'.repeat(70000) }))],
  ];
  for (const [status, r] of answers) {
    assert.equal(r.status, status, r.text);
    assert.equal(r.headers.get('api-version'), VERSION, `API-Version on a ${status}`);
    if (status >= 400) assert.ok(isProblem(r, status));
  }
});

test('query keys are camelCase; the snake_case names of 1.0 stay accepted until v2', async () => {
  const beheer = await loggedIn(srv.base, 'beheer');
  for (const key of ['perPage', 'per_page']) {
    const r = await beheer.get(`/api/v1/contracts?${key}=2`);
    assert.equal(r.status, 200, `${key}: ${r.text}`);
    assert.equal(r.json.items.length, 2, key);
    const bad = await beheer.get(`/api/v1/contracts?${key}=0`);
    assert.ok(isProblem(bad, 400));
    assert.equal(bad.json.invalidParams[0].name, 'perPage');
  }
  const all = await beheer.get('/api/v1/audit?perPage=200');
  const one = all.json.items.find((a) => a.entity_id);
  assert.ok(one, 'the demo audit log has entries with an entity id');
  for (const key of ['entityId', 'entity_id']) {
    const r = await beheer.get(`/api/v1/audit?entity=${one.entity}&${key}=${one.entity_id}&perPage=200`);
    assert.equal(r.status, 200);
    assert.ok(r.json.items.length > 0 && r.json.items.every((a) => String(a.entity_id) === String(one.entity_id)), key);
  }
  // Every documented query key is camelCase.
  const keys = [];
  const walk = (params) => (params || []).map((p) => (p.$ref ? p.$ref.split('/').reduce((o, k) => (k === '#' ? yaml : o[k]), null) : p))
    .filter((p) => p.in === 'query').forEach((p) => keys.push(p.name));
  for (const item of Object.values(yaml.paths)) for (const op of Object.values(item)) walk(op.parameters);
  assert.ok(keys.includes('perPage'));
  assert.deepEqual(keys.filter((k) => !/^[a-z][a-zA-Z0-9]*$/.test(k)), []);
});
