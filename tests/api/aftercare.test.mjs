// Aftercare after a WSP placement over the API: beheer sets a municipality's schedule; the account
// manager's worklist shows the contacts due (within scope only); a contact moves the next one; an
// outcome "beeindigd" needs its reason and ends the placement; refusals store nothing.
// The demo's placements start 7, 14 and 21 days after the day the template was made (candidates of
// Zoetermeer, Zoetermeer and Lansingerland); the server runs 80 days later (INCLUSIO_TODAY).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem, Client, sqlOn } from './lib.mjs';

const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => iso(new Date(Date.parse(`${s}T00:00:00Z`) + n * 86400000));
let srv, wsp, srteam, beheer, po, delft, placements, today;
const expectProblem = (r, status, what) => assert.ok(isProblem(r, status), `${what}: expected ${status}, got ${r.status} ${r.text}`);

before(async () => {
  const probe = await startServer();
  const w0 = await loggedIn(probe.base, 'wsp');
  const first = (await w0.get('/api/v1/placements')).json;
  await probe.stop();
  today = addDays(first[0].start_date, 73);   // 80 days after the template was made
  srv = await startServer({ INCLUSIO_TODAY: today });
  [wsp, srteam, beheer, po] = await Promise.all(['wsp', 'srteam', 'beheer', 'po'].map((u) => loggedIn(srv.base, u)));
  placements = (await wsp.get('/api/v1/placements')).json;
  const r = await beheer.post('/api/v1/users', { username: 'sr-delft', role: 'sr-team', password: 'delft-wachtwoord-1', municipalities: ['delft'] });
  assert.equal(r.status, 201, r.text);
  delft = new Client(srv.base);
  await delft.login('sr-delft', 'delft-wachtwoord-1');
});
after(async () => { await srv.stop(); });

test('schedule: beheer only, checked', async () => {
  expectProblem(await wsp.req('PUT', '/api/v1/aftercare-schedules/zoetermeer', { interval_days: 56, period_months: 12 }), 403, 'wsp sets a schedule');
  expectProblem(await beheer.req('PUT', '/api/v1/aftercare-schedules/zoetermeer', { interval_days: 3, period_months: 12 }), 422, 'every 3 days');
  expectProblem(await beheer.req('PUT', '/api/v1/aftercare-schedules/zoetermeer', { interval_days: 56, period_months: 61 }), 422, '61 months');
  expectProblem(await beheer.req('PUT', '/api/v1/aftercare-schedules/atlantis', { interval_days: 56, period_months: 12 }), 404, 'unknown municipality');
  const ok = await beheer.req('PUT', '/api/v1/aftercare-schedules/zoetermeer', { interval_days: 56, period_months: 12 });
  assert.equal(ok.status, 200, ok.text);
});

test('worklist, contacts and outcome', async () => {
  // Zoetermeer's two placements: the first contact due 56 days after the start.
  const due = await wsp.get('/api/v1/placements/aftercare?within=0');
  assert.equal(due.status, 200, due.text);
  const p1 = placements.find((p) => p.id === 1);
  const item = due.json.items.find((x) => x.placement === 1);
  assert.ok(item, due.text);
  assert.equal(item.due_on, addDays(p1.start_date, 56));
  assert.equal(item.overdue, true);
  assert.equal(item.days_overdue, 80 - 7 - 56);
  assert.ok(due.json.items.every((x) => x.candidate_municipality === 'zoetermeer'), 'no schedule for Lansingerland');
  // Outside the scope: nothing listed, a placement "niet gevonden".
  assert.equal((await delft.get('/api/v1/placements/aftercare')).json.items.length, 0);
  expectProblem(await delft.post('/api/v1/placements/1/aftercare', { contact_date: today, kind: 'jobcoach' }), 404, 'sr-team of Delft');
  expectProblem(await po.get('/api/v1/placements/aftercare'), 403, 'po reads the worklist');
  expectProblem(await wsp.post('/api/v1/placements/987654/aftercare', { contact_date: today, kind: 'jobcoach' }), 404, 'unknown placement');

  // Refusals store nothing.
  const count = () => Number(sqlOn(srv.db, 'SELECT count(*) FROM aftercare_contacts'));
  expectProblem(await wsp.post('/api/v1/placements/1/aftercare', { contact_date: addDays(today, 1), kind: 'jobcoach' }), 422, 'a contact tomorrow');
  expectProblem(await wsp.post('/api/v1/placements/1/aftercare', { contact_date: addDays(p1.start_date, -1), kind: 'jobcoach' }), 422, 'before the start');
  expectProblem(await wsp.post('/api/v1/placements/1/aftercare', { contact_date: today, kind: 'buurman' }), 422, 'unknown kind');
  expectProblem(await wsp.post('/api/v1/placements/1/aftercare', { contact_date: today, kind: 'jobcoach', note: 'x'.repeat(1001) }), 422, 'note too long');
  expectProblem(await wsp.post('/api/v1/placements/1/aftercare', { contact_date: today, kind: 'jobcoach', extra: 1 }), 400, 'unknown field');
  assert.equal(count(), 0);

  const c = await srteam.post('/api/v1/placements/1/aftercare', { contact_date: today, kind: 'jobcoach', note: 'werkt goed' });
  assert.equal(c.status, 201, c.text);
  const list = await wsp.get('/api/v1/placements/1/aftercare');
  assert.deepEqual(list.json.items.map((x) => [x.contact_date, x.kind, x.note]), [[today, 'jobcoach', 'werkt goed']]);
  const after1 = await wsp.get(`/api/v1/placements/aftercare?within=60`);
  assert.equal(after1.json.items.find((x) => x.placement === 1).due_on, addDays(today, 56));

  expectProblem(await wsp.post('/api/v1/placements/2/outcome', { outcome: 'beeindigd', date: today }), 422, 'ended without a reason');
  expectProblem(await wsp.post('/api/v1/placements/2/outcome', { outcome: 'gestopt', date: today, reason: 'x' }), 422, 'unknown outcome');
  const end = await wsp.post('/api/v1/placements/2/outcome', { outcome: 'beeindigd', date: today, reason: 'kandidaat verhuisd' });
  assert.equal(end.status, 200, end.text);
  const p2 = (await wsp.get('/api/v1/placements')).json.find((p) => p.id === 2);
  assert.deepEqual([p2.end_date, p2.outcome, p2.outcome_reason], [today, 'beeindigd', 'kandidaat verhuisd']);
  expectProblem(await wsp.post('/api/v1/placements/2/outcome', { outcome: 'werkt', date: today }), 409, 'still working after the end');
  assert.ok(!(await wsp.get('/api/v1/placements/aftercare?within=366')).json.items.some((x) => x.placement === 2), 'ended: no more aftercare');
});
