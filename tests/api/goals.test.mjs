// Goals, the council dashboard and the reports over HTTP: the council (raad) reads aggregates of its
// own municipality only; a contractor may not; nobody reaches a person through these endpoints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn, isProblem } from './lib.mjs';

let srv, raad, contractor;

before(async () => {
  srv = await startServer();
  raad = await loggedIn(srv.base, 'raad');
  contractor = await loggedIn(srv.base, 'groenwerk');
});
after(async () => { await srv.stop(); });

test('raad reads the dashboard: parameters with name, value, target and goal_met, no personal data', async () => {
  const r = await raad.get('/api/v1/dashboard?year=2023');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.municipality, 'zoetermeer');
  assert.ok(r.json.parameters.length >= 6 && r.json.parameters.length <= 7);
  for (const p of r.json.parameters) {
    for (const k of ['name', 'value', 'target', 'goal_met']) assert.ok(k in p, `${k} in ${p.code}`);
    assert.match(p.goal_met, /^(Ja|Nee|N\.v\.t\.)$/);
  }
  const werk = r.json.parameters.find((p) => p.code === 'werkzame-beroepsbevolking');
  assert.equal(werk.value, 68000);
  assert.equal(werk.target, 67000);
  assert.equal(werk.goal_met, 'Ja');
  assert.match(r.text, /"value":68000\.00/, 'amounts with exactly two decimals');
  for (const b of r.json.breakdowns)
    for (const it of b.items) assert.ok(it.count === '<5' || it.count >= 5, `${b.dimension}: ${it.label} ${it.count}`);
  assert.doesNotMatch(r.text, /pseudonym|person_id|"person"|candidate_ref|"bsn"/i);
  assert.doesNotMatch(r.text, /(?<![0-9.])[0-9]{9}(?![0-9.])/);
});

test('raad cannot read another municipality; a contractor cannot read the dashboard; anonymous gets 401', async () => {
  assert.ok(isProblem(await raad.get('/api/v1/dashboard?municipality=delft'), 404));
  assert.ok(isProblem(await raad.get('/api/v1/reports/rapportage?municipality=delft&year=2023&period=1'), 404));
  assert.ok(isProblem(await contractor.get('/api/v1/dashboard?municipality=zoetermeer'), 403));
  assert.ok(isProblem(await contractor.get('/api/v1/goals?municipality=zoetermeer'), 403));
  assert.ok(isProblem(await new Client(srv.base).get('/api/v1/dashboard'), 401));
  assert.ok(isProblem(await raad.post('/api/v1/dashboard', {}), 405));
});

test('goals list every goal with Doel gehaald and the annual report money', async () => {
  const r = await raad.get('/api/v1/goals?year=2023');
  assert.equal(r.status, 200, r.text);
  const g11 = r.json.goals.find((g) => g.code === '1.1');
  // lasten 24,946,000.00; baten 11,820,400.00; saldo -13,125,600.00 (annual report: -13.126 x 1,000)
  assert.deepEqual([g11.money.costs, g11.money.income, g11.money.saldo], [24946000, 11820400, -13125600]);
  const g13 = r.json.goals.find((g) => g.code === '1.3');
  assert.equal(g13.indicators.find((i) => i.code === 'ondernemerspeiling').goal_met, 'N.v.t.');
});

test('the periodic report as page, workbook and CSV', async () => {
  const html = await raad.get('/api/v1/reports/rapportage?year=2023&period=3&format=html');
  assert.equal(html.status, 200);
  assert.match(html.headers.get('content-type'), /text\/html/);
  assert.match(html.text, /<link rel="stylesheet" href="\/api\/v1\/reports\/report.css">/);
  assert.match(html.text, /<h1>Rapportage Sociaal Domein 2023-3<\/h1>/);
  assert.match(html.text, /<svg[^>]*role="img"/);
  const css = await new Client(srv.base).get('/api/v1/reports/report.css');
  assert.equal(css.status, 200);
  assert.match(css.text, /@media print/);
  const res = await fetch(`${srv.base}/api/v1/reports/rapportage?year=2023&period=3&format=xlsx`,
    { headers: { Cookie: `inclusio_session=${raad.cookie}` } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-disposition'), /attachment; filename="rapportage-sociaal-domein-zoetermeer-2023-3\.xlsx"/);
  const bytes = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([bytes[0], bytes[1]], [0x50, 0x4b], 'a zip container');
  const csv = await raad.get('/api/v1/reports/jaarverslag?year=2023&format=csv&table=financien');
  assert.equal(csv.status, 200);
  assert.match(csv.text, /^Doel,Programma,Begroot \(EUR\),Lasten \(EUR\)/);
  assert.ok(isProblem(await raad.get('/api/v1/reports/jaarverslag?year=2023&format=csv'), 400), 'csv needs ?table=');
  assert.ok(isProblem(await raad.get('/api/v1/reports/rapportage?year=2023&period=4'), 400));
  assert.ok(isProblem(await raad.get('/api/v1/reports/rapportage?year=2023&period=1&format=pdf'), 400));
});
