// From award to register (issue 16) over HTTP: completing a logged procurement (PATCH), the draft
// contract an award that carries social return becomes, the SR-team's confirmation, an exemption, the
// missing-social-return report, duplicates caught, and every id checked against the caller's scope.
// Demo data (src/app/demo_sebo.c): ZTM-2025-M06 (werken, won at EUR 199,500, 5 % = EUR 9,975) and
// ZTM-2025-M13 (diensten, won at EUR 171,000, 5 % = EUR 8,550, flagged) were awarded through the log
// and are not in the register.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn, isProblem } from './lib.mjs';

let srv, inkoop, srteam, beheer, raad, m06, m13, m09;

async function byRef(ref) {
  const r = await inkoop.get('/api/v1/procurements');
  assert.equal(r.status, 200, r.text);
  const p = r.json.items.find((x) => x.reference === ref);
  assert.ok(p, `${ref} in the log`);
  return p.id;
}
const missing = async (q = '') => {
  const r = await srteam.get('/api/v1/reports/missing-sr?municipality=zoetermeer' + q);
  assert.equal(r.status, 200, r.text);
  return r.json;
};
const patch = (c, id, body) => c.req('PATCH', `/api/v1/procurements/${id}`, body);

before(async () => {
  srv = await startServer();
  inkoop = await loggedIn(srv.base, 'inkoop');
  srteam = await loggedIn(srv.base, 'srteam');
  beheer = await loggedIn(srv.base, 'beheer');
  raad = await loggedIn(srv.base, 'raad');
  m06 = await byRef('ZTM-2025-M06');
  m13 = await byRef('ZTM-2025-M13');
  m09 = await byRef('ZTM-2024-M09');
});
after(async () => { await srv.stop(); });

test('the missing-social-return report lists M06 and M13 with the obligation they would have had', async () => {
  const r = await missing('&year=2025');
  const refs = Object.fromEntries(r.items.map((x) => [x.reference, x]));
  assert.equal(Number(refs['ZTM-2025-M06'].obligation), 9975, '5 % of 199,500');
  assert.equal(Number(refs['ZTM-2025-M13'].obligation), 8550, '5 % of 171,000');
  assert.equal(refs['ZTM-2025-M06'].status, 'ontbreekt');
  assert.equal(refs['ZTM-2025-M06'].department, 'Stadsbeheer');
  assert.ok(!refs['ZTM-2025-M04'], 'leveringen carry no social return');
  assert.equal(r.totals.missing, r.items.length);
  assert.equal(r.totals.with_obligation, r.totals.registered + r.totals.missing);
  const g = r.groups.find((x) => x.department === 'Stadsbeheer' && x.year === 2025);
  assert.ok(g.missing >= 1);
  const x = await srteam.get('/api/v1/reports/missing-sr?municipality=zoetermeer&format=xlsx');
  assert.equal(x.status, 200);
  assert.match(x.headers.get('content-type'), /spreadsheetml/);
  assert.ok(isProblem(await srteam.get('/api/v1/reports/missing-sr?format=pdf'), 400));
  const a = await inkoop.get(`/api/v1/procurements/${m06}/award`);
  assert.equal(a.status, 200, a.text);
  assert.equal(a.json.award.contract, null);
  assert.equal(Number(a.json.award.obligation.amount), 9975);
  assert.equal(a.json.award.obligation.applies, true);
});

test('a flagged procurement cannot be completed without the reason; with it the award becomes a draft', async () => {
  const before = await inkoop.get(`/api/v1/procurements/${m13}`);
  assert.equal(before.json.flagged, true, 'M13 is flagged in the demo');
  const bad = await patch(inkoop, m13, { award_date: '2025-10-20' });
  assert.ok(isProblem(bad, 422), bad.text);
  assert.equal(bad.json.field, 'deviation_reason');
  assert.match(bad.json.detail, /reden van de afwijking/);
  const still = await inkoop.get(`/api/v1/procurements/${m13}/award`);
  assert.equal(still.json.award.award_date, null, 'nothing written by the refused request');
  const unknown = await patch(inkoop, m13, { winnaar: '20001009' });
  assert.ok(isProblem(unknown, 422), unknown.text);
  const notInvited = await patch(inkoop, m13, { winner: '40871236', award_date: '2025-10-20', deviation_reason: 'x' });
  assert.ok(isProblem(notInvited, 422), notInvited.text);
  assert.match(notInvited.json.detail, /niet uitgenodigd/);
  const ok = await patch(inkoop, m13, { award_date: '2025-10-20', deviation_reason: 'Vervoerder met rolstoelbussen; geen lokale SEBO-houder beschikbaar.' });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.rule.outcome, 'afwijking-met-reden');
  assert.match(ok.json.rule.explanation, /gemotiveerd/, 'the explanation is judged again with the reason');
  assert.doesNotMatch(ok.json.rule.explanation, /geen reden vastgelegd/);
  assert.equal(ok.json.flagged, false);
  assert.equal(ok.json.award.award_date, '2025-10-20');
  assert.equal(ok.json.award.contract.status, 'concept');
  assert.equal(ok.json.award.contract.provisional, true);
  assert.ok(ok.json.created_contract_id > 0);
  const c = await srteam.get(`/api/v1/contracts/${ok.json.created_contract_id}`);
  assert.equal(c.status, 200, c.text);
  assert.equal(c.json.reference, 'ZTM-2025-M13');
  const change = await patch(inkoop, m13, { winner: '30002002' });
  assert.ok(isProblem(change, 409), 'a procurement in the register keeps its winner');
  const r = await missing('&year=2025');
  assert.equal(r.items.find((x) => x.reference === 'ZTM-2025-M13').status, 'concept', 'a draft is still missing');
});

test('an awarded procurement becomes a draft once; the SR-team confirms it with the labour share', async () => {
  const before = (await missing()).totals;
  const d = await srteam.post(`/api/v1/procurements/${m06}/contract`, {});
  assert.equal(d.status, 201, d.text);
  const id = d.json.created_contract_id;
  assert.equal(d.json.award.contract.reference, 'ZTM-2025-M06');
  const again = await srteam.post(`/api/v1/procurements/${m06}/contract`, {});
  assert.ok(isProblem(again, 409), again.text);
  assert.match(again.json.detail, /staat al in het register/);
  const noShare = await srteam.post(`/api/v1/contracts/${id}/confirm`, {});
  assert.ok(isProblem(noShare, 422), noShare.text);
  assert.equal(noShare.json.field, 'labour_share_pct');
  const byInkoop = await inkoop.post(`/api/v1/contracts/${id}/confirm`, { labour_share_pct: 40 });
  assert.ok(isProblem(byInkoop, 403), 'inkoop does not confirm');
  const ok = await srteam.post(`/api/v1/contracts/${id}/confirm`, { labour_share_pct: 40 });
  assert.equal(ok.status, 200, ok.text);
  const c = await srteam.get(`/api/v1/contracts/${id}`);
  assert.equal(Number(c.json.obligation.amount ?? c.json.obligation_amount ?? c.json.obligation), 9975);
  const twice = await srteam.post(`/api/v1/contracts/${id}/confirm`, { labour_share_pct: 40 });
  assert.ok(isProblem(twice, 409), twice.text);
  const after = (await missing()).totals;
  assert.equal(after.registered, before.registered + 1);
  assert.equal(after.missing, before.missing - 1);
  const a = await inkoop.get(`/api/v1/procurements/${m06}/award`);
  assert.equal(a.json.award.contract.status, 'bevestigd');
});

test('an exemption takes an award off the missing list', async () => {
  const before = (await missing()).totals;
  const bad = await srteam.post(`/api/v1/procurements/${m09}/exemption`, { granted_by: 'gemeentesecretaris', granted_on: '2024-06-20' });
  assert.ok(isProblem(bad, 400) || isProblem(bad, 422), bad.text);
  const ok = await srteam.post(`/api/v1/procurements/${m09}/exemption`, { granted_by: 'gemeentesecretaris', granted_on: '2024-06-20', reason: 'Spoedklus na storm' });
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.award.exemption.granted_by, 'gemeentesecretaris');
  const twice = await srteam.post(`/api/v1/procurements/${m09}/exemption`, { granted_by: 'x', granted_on: '2024-06-20', reason: 'y' });
  assert.ok(isProblem(twice, 409), twice.text);
  const after = (await missing()).totals;
  assert.equal(after.exempted, before.exempted + 1);
  assert.equal(after.missing, before.missing - 1);
  assert.ok(!(await missing()).items.some((x) => x.reference === 'ZTM-2024-M09'));
});

test('every id is checked against the caller scope: 404 outside it, 403 for the role', async () => {
  const users = {};
  for (const [name, role] of [['inkoop-delft-aw', 'inkoop'], ['sr-delft-aw', 'sr-team']]) {
    const r = await beheer.post('/api/v1/users', { username: name, role, password: 'delft-wachtwoord-1', municipalities: ['delft'] });
    assert.equal(r.status, 201, r.text);
    users[role] = new Client(srv.base);
    assert.equal((await users[role].login(name, 'delft-wachtwoord-1')).status, 200);
  }
  assert.ok(isProblem(await patch(users.inkoop, m09, { award_date: '2024-06-10' }), 404));
  assert.ok(isProblem(await users.inkoop.get(`/api/v1/procurements/${m06}/award`), 404));
  assert.ok(isProblem(await users['sr-team'].post(`/api/v1/procurements/${m09}/contract`, {}), 404));
  assert.ok(isProblem(await users['sr-team'].post(`/api/v1/procurements/${m09}/exemption`, { granted_by: 'a', granted_on: '2024-06-20', reason: 'b' }), 404));
  const c = await srteam.get('/api/v1/contracts?municipality=zoetermeer');
  const anyId = c.json.items[0].id;
  assert.ok(isProblem(await users['sr-team'].post(`/api/v1/contracts/${anyId}/confirm`, { labour_share_pct: 40 }), 404));
  assert.ok(isProblem(await users['sr-team'].get('/api/v1/reports/missing-sr?municipality=zoetermeer'), 404));
  const delftReport = await users['sr-team'].get('/api/v1/reports/missing-sr');
  assert.equal(delftReport.status, 200, delftReport.text);
  assert.equal(delftReport.json.items.length, 0, 'no Zoetermeer awards in a Delft report');
  const council = await raad.get('/api/v1/reports/missing-sr');
  assert.equal(council.status, 200, council.text);
  assert.equal(council.json.items.length, 0, 'the council sees aggregates only');
  assert.ok(council.json.totals.with_obligation > 0);
  const byRaad = await patch(raad, m09, { award_date: '2024-06-10' });
  assert.ok(isProblem(byRaad, 403), byRaad.status + ' ' + byRaad.text);
  assert.ok(isProblem(await inkoop.post(`/api/v1/procurements/${m09}/exemption`, { granted_by: 'a', granted_on: '2024-06-20', reason: 'b' }), 403));
});
