// The browser interface's files: right content types, HEAD, no listing of anything outside web/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startServer } from './lib.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

test('index, scripts and styles are served with their content types', async () => {
  const index = await fetch(srv.base + '/');
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html; charset=utf-8/);
  assert.match(await index.text(), /<html/i);
  const js = readdirSync('web/js').find((f) => f.endsWith('.js'));
  const r = await fetch(srv.base + '/js/' + js);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^text\/javascript/);
  const css = readdirSync('web/css').find((f) => f.endsWith('.css'));
  const c = await fetch(srv.base + '/css/' + css);
  assert.match(c.headers.get('content-type'), /^text\/css/);
  assert.equal(c.headers.get('x-content-type-options'), 'nosniff');
  const head = await fetch(srv.base + '/', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
});

test('only GET and HEAD; missing files are 404', async () => {
  assert.equal((await fetch(srv.base + '/', { method: 'POST' })).status, 405);
  assert.equal((await fetch(srv.base + '/bestaat-niet.html')).status, 404);
  assert.equal((await fetch(srv.base + '/js/../../Makefile')).status, 404);
});
