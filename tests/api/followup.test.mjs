// The contract dossier and the inbox over the API (issue 17): the SR-team records notes (every bad
// field at once, nothing stored), the contractor reads only the entries meant for it and never a
// staff name, another contractor or a role without the register sees nothing; a user's own inbox
// and address (no address refused, nothing stored), another user's notice not found.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem, sqlOn } from './lib.mjs';

let srv, srteam, groen, schoon, raad, inkoop, contract;

before(async () => {
  srv = await startServer();
  srteam = await loggedIn(srv.base, 'srteam');
  groen = await loggedIn(srv.base, 'groenwerk');
  schoon = await loggedIn(srv.base, 'schoonsociaal');
  raad = await loggedIn(srv.base, 'raad');
  inkoop = await loggedIn(srv.base, 'inkoop');
  const mine = await groen.get('/api/v1/contracts?per_page=50');
  assert.equal(mine.status, 200, mine.text);
  contract = mine.json.items.find((c) => c.municipality === 'zoetermeer' || (c.municipality && c.municipality.code === 'zoetermeer')) || mine.json.items[0];
  assert.ok(contract, 'groenwerk has a contract in the demo');
});
after(async () => { await srv.stop(); });

// The server's today (tests/api/run.sh fixes it with INCLUSIO_TODAY).
const today = process.env.INCLUSIO_TODAY || new Date().toISOString().slice(0, 10);

test('the SR-team records notes; the contractor sees only those meant for it, without staff names', async () => {
  const path = `/api/v1/contracts/${contract.id}/dossier`;
  const call = await srteam.post(path, { kind: 'telefoongesprek', date: today, text: 'Gebeld: plan volgt.', for_contractor: true });
  assert.equal(call.status, 201, call.text);
  const note = await srteam.post(path, { kind: 'notitie', date: today, text: 'Intern: twijfel aan de planning.' });
  assert.equal(note.status, 201, note.text);
  const all = note.json.items;
  assert.ok(all.some((d) => d.kind === 'telefoongesprek' && d.for_contractor && d.actor), 'the call, with who took it');
  assert.ok(all.some((d) => d.kind === 'notitie' && !d.for_contractor && /twijfel/.test(d.text)));
  assert.ok(all.some((d) => d.kind === 'gunning'), 'the award is in the dossier');
  const dates = all.map((d) => d.at.slice(0, 10));
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');

  const theirs = await groen.get(path);
  assert.equal(theirs.status, 200, theirs.text);
  assert.ok(theirs.json.items.some((d) => /plan volgt/.test(d.text)));
  assert.ok(!theirs.json.items.some((d) => /twijfel/.test(d.text ?? '')), 'the internal note stays internal');
  assert.ok(theirs.json.items.every((d) => d.for_contractor && d.actor === null));

  assert.equal((await inkoop.get(path)).status, 200, 'inkoop reads the register in its municipality');
  assert.ok(isProblem(await schoon.get(path), 404), "another contractor: not found");
  assert.ok(isProblem(await raad.get(path), 403), 'the council: no register');
  assert.ok(isProblem(await groen.post(path, { kind: 'notitie', date: today, text: 'x' }), 403), 'a contractor records no notes');
  assert.ok(isProblem(await srteam.get('/api/v1/contracts/999999/dossier'), 404));
});

test('a bad note: every bad field at once, nothing stored', async () => {
  const path = `/api/v1/contracts/${contract.id}/dossier`;
  const before = (await srteam.get(path)).json.items.length;
  const r = await srteam.post(path, { kind: 'brief', date: '2999-01-01', text: '  \n ' });
  assert.ok(isProblem(r, 422), r.text);
  assert.deepEqual(r.json.invalidParams.map((p) => p.name).sort(), ['date', 'kind', 'text']);
  assert.ok(r.json.invalidParams.every((p) => /[a-z]/.test(p.reason)));
  const tooLong = await srteam.post(path, { kind: 'notitie', date: today, text: 'x'.repeat(4001) });
  assert.ok(isProblem(tooLong, 422), tooLong.text);
  assert.ok(isProblem(await srteam.post(path, { kind: 'notitie', date: today, text: 'x', extra: 1 }), 400));
  assert.equal((await srteam.get(path)).json.items.length, before, 'nothing stored');
});

test('the inbox: own address checked, own notices only', async () => {
  const bad = await groen.req('PUT', '/api/v1/inbox/address', { email: 'info at groenwerk' });
  assert.ok(isProblem(bad, 422), bad.text);
  assert.match(bad.text, /geen geldig e-mailadres/);
  assert.equal((await groen.get('/api/v1/inbox')).json.email, null, 'nothing stored');
  const good = await groen.req('PUT', '/api/v1/inbox/address', { email: 'info@groenwerk.example' });
  assert.equal(good.status, 200, good.text);
  const inbox = await groen.get('/api/v1/inbox');
  assert.equal(inbox.json.email, 'info@groenwerk.example');

  // A notice of the SR-team's: not the contractor's to read or mark.
  const sr = srteam.user.id ?? JSON.parse(sqlOn(srv.db, "SELECT json_object('id', id) FROM users WHERE username = 'srteam'")).id;
  sqlOn(srv.db, `INSERT INTO notices(user_id, contract_id, kind, dedup_key, due_date, subject, body, created_at) VALUES (${sr}, ${contract.id}, 'achterstand', 'test:1', '${today}', 'Achter op schema: test', 'tekst', '${today}T06:00:00Z')`);
  const theirs = await srteam.get(`/api/v1/inbox?until=${today}&unread=true`);
  const n = theirs.json.items.find((x) => x.dedup_key === undefined && x.subject === 'Achter op schema: test');
  assert.ok(n, theirs.text);
  assert.equal(n.contract.id, contract.id);
  assert.ok(!(await groen.get('/api/v1/inbox')).json.items.some((x) => x.id === n.id));
  assert.ok(isProblem(await groen.post(`/api/v1/inbox/${n.id}/read`), 404), "another user's notice: not found");
  assert.equal((await srteam.post(`/api/v1/inbox/${n.id}/read`)).status, 204);
  assert.ok(!(await srteam.get(`/api/v1/inbox?until=${today}&unread=true`)).json.items.some((x) => x.id === n.id));
  assert.ok(isProblem(await srteam.get('/api/v1/inbox?until=gisteren'), 400));
});
