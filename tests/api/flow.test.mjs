// The working day through the API: inkoop registers, the contractor reports, the SR-team verifies
// or rejects, progress moves, the audit log shows who did what. Lists paginate and filter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem } from './lib.mjs';

let srv, inkoop, groen, sr, beheer;
before(async () => {
  srv = await startServer();
  [inkoop, groen, sr, beheer] = await Promise.all(['inkoop', 'groenwerk', 'srteam', 'beheer'].map((u) => loggedIn(srv.base, u)));
});
after(async () => { await srv.stop(); });

test('register, report, verify, reject: progress moves and the audit log tells who', async () => {
  const c = await inkoop.post('/api/v1/contracts', {
    municipality: 'zoetermeer', department: 'Stadsbeheer', reference: 'ZTM-2026-API', title: 'Onderhoud fietspaden',
    category: 'werken', procedure: 'europees', value: 1200000, labour_share_pct: 45, award_date: '2026-01-05',
    start_date: '2026-02-01', end_date: '2028-01-31', contractor_kvk: '27362514',
  });
  assert.equal(c.status, 201, c.text);
  assert.equal(c.json.obligation.amount, 60000, '5 % of 1,200,000.00');
  assert.match(c.text, /"amount":60000\.00/);
  assert.equal(c.json.progress.verified, 0);
  const dup = await inkoop.post('/api/v1/contracts', {
    municipality: 'zoetermeer', reference: 'ZTM-2026-API', title: 'Dubbel', category: 'werken', procedure: 'europees',
    value: 1, labour_share_pct: 45, award_date: '2026-01-05', start_date: '2026-02-01', end_date: '2028-01-31', contractor_kvk: '27362514',
  });
  assert.ok(isProblem(dup, 409), dup.text);

  // The contractor sees the new contract and reports two realisations.
  assert.equal((await groen.get(`/api/v1/contracts/${c.json.id}`)).status, 200);
  const r1 = await groen.post('/api/v1/realisations', { contract_id: c.json.id, block: 'mu-participatiewet', bsn: '271828213', candidate_ref: 'FP-1', hours_per_week: 36, start: '2026-02-01', end: '2026-04-30' });
  assert.equal(r1.status, 201, r1.text);
  assert.equal(r1.json.status, 'gemeld');
  assert.ok(r1.json.value > 0);
  const r2 = await groen.post('/api/v1/realisations', { contract_id: c.json.id, block: 'mu-ww', bsn: '271828225', candidate_ref: 'FP-2', hours_per_week: 36, start: '2026-02-01', end: '2026-02-28' });
  assert.equal(r2.status, 201, r2.text);
  const again = await groen.post('/api/v1/realisations', { contract_id: c.json.id, block: 'mu-participatiewet', bsn: '271828213', hours_per_week: 36, start: '2026-03-01', end: '2026-03-31' });
  assert.equal(again.status, 409, 'the same person is not counted twice for the same days');

  const reported = (await sr.get(`/api/v1/contracts/${c.json.id}`)).json;
  assert.equal(reported.progress.verified, 0);
  assert.equal(reported.progress.reported, Math.round((r1.json.value + r2.json.value) * 100) / 100);

  const v = await sr.post(`/api/v1/realisations/${r1.json.id}/verify`);
  assert.equal(v.status, 200, v.text);
  assert.equal(v.json.status, 'geverifieerd');
  assert.ok(isProblem(await sr.post(`/api/v1/realisations/${r1.json.id}/verify`), 409), 'only from gemeld');
  assert.ok(isProblem(await sr.post(`/api/v1/realisations/${r2.json.id}/reject`, {}), 400), 'a reason is required');
  const rj = await sr.post(`/api/v1/realisations/${r2.json.id}/reject`, { reason: 'Niet in dienst bij controle.' });
  assert.equal(rj.status, 200);
  assert.equal(rj.json.status, 'afgewezen');
  assert.equal(rj.json.reject_reason, 'Niet in dienst bij controle.');

  const after = (await groen.get(`/api/v1/contracts/${c.json.id}`)).json;
  assert.equal(after.progress.verified, r1.json.value, 'the progress bar moved by the verified value');
  assert.equal(after.realisations.length, 2);
  const gemeld = await sr.get(`/api/v1/realisations?contract=${c.json.id}&status=afgewezen`);
  assert.deepEqual(gemeld.json.items.map((x) => x.id), [r2.json.id]);

  const contact = await sr.post(`/api/v1/contracts/${c.json.id}/contact`, { date: '2026-01-08' });
  assert.equal(contact.status, 200, contact.text);
  assert.equal(contact.json.contact.date, '2026-01-08');
  assert.ok(isProblem(await sr.post(`/api/v1/contracts/${c.json.id}/contact`, { date: '2026-13-01' }), 422));

  const audit = await beheer.get(`/api/v1/audit?entity=realisation&per_page=50`);
  const actions = audit.json.items.filter((a) => [r1.json.id, r2.json.id].includes(a.entity_id));
  assert.ok(actions.some((a) => a.action === 'verify' && /srteam/.test(a.actor)), JSON.stringify(actions));
  assert.ok(actions.some((a) => a.action === 'reject' && /srteam/.test(a.actor)));
  assert.ok(actions.some((a) => /groenwerk/.test(a.actor)));
  assert.doesNotMatch(audit.text, /271828213|271828225/, 'never a BSN in the audit log');
});

test('lists paginate and filter', async () => {
  const all = (await sr.get('/api/v1/contracts?per_page=200')).json;
  assert.ok(all.total >= 10);
  const p1 = (await sr.get('/api/v1/contracts?per_page=3&page=1')).json;
  const p2 = (await sr.get('/api/v1/contracts?per_page=3&page=2')).json;
  assert.equal(p1.items.length, 3);
  assert.equal(p1.total, all.total);
  assert.equal(p1.page, 1);
  assert.equal(p1.per_page, 3);
  assert.deepEqual([...p1.items, ...p2.items].map((x) => x.id), all.items.slice(0, 6).map((x) => x.id));
  const lsl = (await sr.get('/api/v1/contracts?municipality=lansingerland&per_page=200')).json;
  assert.ok(lsl.items.length >= 1 && lsl.items.every((x) => x.municipality === 'lansingerland'));
  const y = (await sr.get('/api/v1/contracts?year=2024&per_page=200')).json;
  assert.ok(y.items.length >= 1 && y.items.every((x) => x.award_date.startsWith('2024')));
  const byKvk = (await sr.get('/api/v1/contracts?contractor=27362514&per_page=200')).json;
  assert.ok(byKvk.items.length >= 2 && byKvk.items.every((x) => x.contractor.kvk === '27362514'));
  const st = all.items[0].progress.status;
  const byStatus = (await sr.get(`/api/v1/contracts?status=${st}&per_page=200`)).json;
  assert.ok(byStatus.items.every((x) => x.progress.status === st));
  const behind = (await sr.get('/api/v1/contracts?overdue=behind&per_page=200')).json;
  assert.ok(behind.items.every((x) => ['achter', 'niet-voldaan'].includes(x.progress.status)));
  const od = (await sr.get('/api/v1/overdue')).json;
  assert.deepEqual(od.behind.map((x) => x.id).sort(), behind.items.map((x) => x.id).sort());
  assert.ok(isProblem(await sr.get('/api/v1/contracts?contractor=00000000'), 404));
});

test('reference data for the calculators is public', async () => {
  const { Client } = await import('./lib.mjs');
  const anon = new Client(srv.base);
  const cats = await anon.get('/api/v1/catalogues?date=2024-01-01');
  assert.equal(cats.status, 200);
  assert.ok(cats.json.items.length >= 1);
  const pol = await anon.get('/api/v1/policies?municipality=zoetermeer');
  assert.equal(pol.status, 200);
  assert.ok(pol.json.items.length >= 2);
  assert.ok(isProblem(await anon.get('/api/v1/catalogues?date=2024-02-30'), 400));
});
