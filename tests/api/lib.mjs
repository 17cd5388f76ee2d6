// Shared helpers of the API tests: a server per test file on its own copy of the demo database,
// and a small cookie-keeping HTTP client.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PASSWORDS = {
  beheer: 'beheer-demo-2026', srteam: 'srteam-demo-2026', inkoop: 'inkoop-demo-2026',
  groenwerk: 'groenwerk-demo-2026', schoonsociaal: 'schoon-demo-2026', wsp: 'wsp-demo-2026',
  po: 'po-demo-2026', raad: 'raad-demo-2026',
};

// PostgreSQL (tests/api/run.sh --pg): the template is a database URI; each server gets a clone of it
// (CREATE DATABASE ... TEMPLATE), all sharing the template's key file (INCLUSIO_KEY_FILE).
const isPg = (db) => /^postgres(ql)?:\/\//.test(db);
const pgHost = (uri) => decodeURIComponent(uri.replace(/^.*[?&]host=([^&]*).*$/, '$1'));
const pgName = (uri) => uri.replace(/^postgres(ql)?:\/\/[^/]*\/([^?]*).*$/, '$2');
let clones = 0;

// One query on a test database (sqlite3, or psql for PostgreSQL): its output, trimmed.
export function sqlOn(db, q) {
  const out = isPg(db) ? execFileSync('psql', ['-XqAt', '-v', 'ON_ERROR_STOP=1', '-d', db, '-c', q])
    : execFileSync('sqlite3', [db, q]);
  return out.toString().trim();
}

// Starts `inclusio serve --port 0` on a copy of the template database; resolves to
// {base, stop(), pid, dir}. Extra environment (e.g. short session expiry) via env.
// share: another server's object: this one serves the same database (several application servers on
// one database); stop it before the one that made the database.
export async function startServer(env = {}, prepareSql = null, share = null) {
  const bin = process.env.INCLUSIO_BIN, template = process.env.INCLUSIO_TEMPLATE_DB;
  if (!bin || !template) throw new Error('run through tests/api/run.sh (INCLUSIO_BIN, INCLUSIO_TEMPLATE_DB)');
  const dir = mkdtempSync(join(tmpdir(), 'inclusio-api-'));
  let db = join(dir, 'test.db'), dropDb = null;
  if (share) {
    db = share.db;
  } else if (isPg(template)) {
    const host = pgHost(template), name = `${pgName(template)}_${process.pid}_${++clones}`;
    execFileSync('psql', ['-XqAt', '-h', host, '-d', 'postgres', '-c', `CREATE DATABASE ${name} TEMPLATE ${pgName(template)}`]);
    db = `postgresql:///${name}?host=${host}`;
    dropDb = () => execFileSync('psql', ['-XqAt', '-h', host, '-d', 'postgres', '-c', `DROP DATABASE IF EXISTS ${name}`]);
  } else {
    copyFileSync(template, db);
    copyFileSync(template + '.key', db + '.key');
  }
  if (prepareSql) sqlOn(db, prepareSql);
  const child = spawn(bin, ['--db', db, 'serve', '--port', '0', '--host', '127.0.0.1', '--static', 'web'], {
    env: { INCLUSIO_JOBS: 'off', ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '', err = '';
  child.stderr.on('data', (d) => { err += d; });
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start: ' + out + err)), 10000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve(`http://127.0.0.1:${m[1]}`); }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}${err}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    base, dir, db, pid: child.pid, stderr: () => err, stdout: () => out,
    async stop() {
      child.kill('SIGTERM');
      const r = await exited;
      rmSync(dir, { recursive: true, force: true });
      if (dropDb) dropDb();
      // Under `make asan` builds a sanitizer report fails the test file.
      if (/Sanitizer|runtime error/.test(err)) throw new Error('sanitizer report from the server:\n' + err);
      return r;
    },
  };
}

export class Client {
  constructor(base) { this.base = base; this.cookie = null; this.csrf = null; }

  // method, path, body (object -> JSON, string -> sent as is), options {csrf, headers}
  async req(method, path, body, opts = {}) {
    const headers = { ...(opts.headers || {}) };
    if (this.cookie && opts.cookie !== false) headers.Cookie = `inclusio_session=${this.cookie}`;
    if (opts.csrf !== false && this.csrf && !['GET', 'HEAD'].includes(method)) headers['X-CSRF-Token'] = this.csrf;
    let payload;
    if (body !== undefined) {
      payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
      if (!('Content-Type' in headers)) headers['Content-Type'] = 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers, body: payload, redirect: 'manual' });
    const text = await res.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    const setCookie = res.headers.get('set-cookie');
    if (setCookie && opts.keepCookie !== false) {
      const m = setCookie.match(/inclusio_session=([^;]*)/);
      if (m) this.cookie = m[1] || null;
    }
    return { status: res.status, json, text, headers: res.headers, setCookie };
  }

  get(path, opts) { return this.req('GET', path, undefined, opts); }
  post(path, body = {}, opts) { return this.req('POST', path, body, opts); }

  async login(username, password = PASSWORDS[username]) {
    const r = await this.post('/api/v1/session', { username, password });
    if (r.status === 200) this.csrf = r.json.csrf_token;
    return r;
  }
}

export async function loggedIn(base, username) {
  const c = new Client(base);
  const r = await c.login(username);
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
  c.user = r.json.user;
  return c;
}

// Every problem answer has the RFC 9457 shape with a Dutch detail.
export function isProblem(r, status) {
  return r.status === status && /application\/problem\+json/.test(r.headers.get('content-type') || '') &&
    r.json && r.json.status === status && typeof r.json.title === 'string' && typeof r.json.detail === 'string' &&
    typeof r.json.type === 'string';
}
