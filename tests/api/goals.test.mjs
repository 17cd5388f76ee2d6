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
  for (const b of r.json.breakdowns) {
    for (const it of b.items)
      assert.ok(['<5', 'afgeschermd'].includes(it.count) || it.count >= 5, `${b.dimension}: ${it.label} ${it.count}`);
    // one explanation per table that has a cell hidden only to protect another
    const protects = b.items.some((it) => it.count === 'afgeschermd') || b.total === 'afgeschermd';
    assert.equal(typeof b.suppression_note === 'string', protects, `${b.dimension}: suppression_note`);
  }
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
  assert.match(csv.text, /^\uFEFF?Doel;Programma;Begroot \(EUR\);Lasten \(EUR\)/);
  assert.ok(isProblem(await raad.get('/api/v1/reports/jaarverslag?year=2023&format=csv'), 400), 'csv needs ?table=');
  assert.ok(isProblem(await raad.get('/api/v1/reports/rapportage?year=2023&period=4'), 400));
  assert.ok(isProblem(await raad.get('/api/v1/reports/rapportage?year=2023&period=1&format=pdf'), 400));
});

test('beheer chooses the steering parameters; other roles may not; bad selections are refused', async () => {
  const beheer = await loggedIn(srv.base, 'beheer');
  const seven = ['sroi-realisatie', 'sroi-op-schema', 'banen-mensen', 'sebo-houders', 'direct-werk',
    'werkzame-beroepsbevolking', 'bereik-minima'];
  assert.ok(isProblem(await raad.req('PUT', '/api/v1/dashboard/parameters', { indicators: seven }), 403));
  assert.ok(isProblem(await beheer.req('PUT', '/api/v1/dashboard/parameters', { municipality: 'zoetermeer', indicators: [...seven, 'ondernemerspeiling'] }), 422));
  assert.ok(isProblem(await beheer.req('PUT', '/api/v1/dashboard/parameters', { municipality: 'zoetermeer', indicators: ['bestaat-niet'] }), 422));
  assert.ok(isProblem(await beheer.req('PUT', '/api/v1/dashboard/parameters', { municipality: 'zoetermeer', indicators: [] }), 422));
  assert.ok(isProblem(await beheer.req('PUT', '/api/v1/dashboard/parameters', { municipality: 'zoetermeer', indicators: seven }, { csrf: false }), 403));
  const before = await raad.get('/api/v1/dashboard?year=2023');
  assert.equal(before.json.parameters[6].code, 'ondernemerspeiling', 'refused selections changed nothing');
  const r = await beheer.req('PUT', '/api/v1/dashboard/parameters', { municipality: 'zoetermeer', indicators: seven });
  assert.equal(r.status, 200, r.text);
  const after = await raad.get('/api/v1/dashboard?year=2023');
  assert.deepEqual(after.json.parameters.map((p) => p.code), seven);
});

test('staff add an anonymised story; a BSN in it is refused; raad and contractors may not add', async () => {
  const sr = await loggedIn(srv.base, 'srteam');
  const story = { municipality: 'zoetermeer', programme: 'programma-1', goal: '1.5', year: 2023, title: 'Vast contract na proefplaatsing',
    text: 'Na drie maanden proefplaatsing kreeg een kandidaat uit de Participatiewet een vast contract.' };
  assert.ok(isProblem(await raad.post('/api/v1/goals/stories', story), 403));
  assert.ok(isProblem(await contractor.post('/api/v1/goals/stories', story), 403));
  assert.ok(isProblem(await sr.post('/api/v1/goals/stories', { ...story, municipality: 'delft' }), 404));
  const bad = await sr.post('/api/v1/goals/stories', { ...story, text: 'BSN 123456782 kreeg een contract.' });
  assert.ok(isProblem(bad, 422));
  assert.equal(bad.json.field, 'body');
  const ok = await sr.post('/api/v1/goals/stories', story);
  assert.equal(ok.status, 201, ok.text);
  const d = await raad.get('/api/v1/dashboard?year=2023');
  assert.ok(d.json.stories.some((s) => s.title === story.title));
});

test('the SROI headline is its chart\'s last point, at the reference date, with its definition', async () => {
  const r = await raad.get('/api/v1/dashboard?municipality=zoetermeer&year=2026');
  assert.equal(r.status, 200, r.text);
  const p = r.json.parameters.find((x) => x.code === 'sroi-realisatie');
  assert.ok(p && p.value !== null, r.text);
  const last = p.trend.points.at(-1);
  assert.equal(last.period, 't/m 01-06-2026');
  assert.equal(last.value, p.value);
  assert.match(p.definition, /tot de peildatum verschuldigd/);
});
