// Employer services API (docs/wsp.md): every role tries to cross its boundaries; candidates are
// visible to wsp and sr-team of the owning municipalities only; the shortlist has at most the wanted
// number, best first, with reasons; bad input and state conflicts are refused and write nothing.
// Demo users wsp and srteam serve Zoetermeer, Lansingerland, Pijnacker-Nootdorp; the demo has
// candidates in Leidschendam-Voorburg too (outside their scope).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem, sqlOn } from './lib.mjs';

let srv, wsp, srteam, beheer, raad, inkoop, po, groenwerk;
const sql = (q) => sqlOn(srv.db, q);
const expectProblem = (r, status, what) => assert.ok(isProblem(r, status), `${what}: expected ${status}, got ${r.status} ${r.text}`);
const SCOPE = ['zoetermeer', 'lansingerland', 'pijnacker-nootdorp'];

before(async () => {
  srv = await startServer();
  [wsp, srteam, beheer, raad, inkoop, po, groenwerk] = await Promise.all(
    ['wsp', 'srteam', 'beheer', 'raad', 'inkoop', 'po', 'groenwerk'].map((u) => loggedIn(srv.base, u)));
});
after(async () => { await srv.stop(); });

test('roles without WSP access are refused everywhere', async () => {
  for (const [c, who] of [[raad, 'raad'], [inkoop, 'inkoop'], [po, 'po'], [groenwerk, 'opdrachtnemer']]) {
    for (const path of ['/api/v1/employers', '/api/v1/employers/1', '/api/v1/vacancies', '/api/v1/questions',
      '/api/v1/candidates', '/api/v1/vacancies/5/shortlist', '/api/v1/proposals', '/api/v1/placements'])
      expectProblem(await c.get(path), 403, `${who} GET ${path}`);
    expectProblem(await c.post('/api/v1/proposals', { vacancy: 5, candidate: 1 }), 403, `${who} proposes`);
  }
});

test('beheer reads employers and vacancies, edits skills, never sees candidates', async () => {
  assert.equal((await beheer.get('/api/v1/employers')).status, 200);
  assert.equal((await beheer.get('/api/v1/vacancies')).status, 200);
  for (const path of ['/api/v1/candidates', '/api/v1/candidates/1', '/api/v1/vacancies/5/shortlist', '/api/v1/placements'])
    expectProblem(await beheer.get(path), 403, `beheer GET ${path}`);
  const s = await beheer.post('/api/v1/skills', { name: 'Vorkheftruck-certificaat' });
  assert.equal(s.status, 201, s.text);
  expectProblem(await wsp.post('/api/v1/skills', { name: 'Iets anders' }), 403, 'wsp edits the skills list');
  expectProblem(await beheer.post('/api/v1/employers', { kvk: '69120999', name: 'X', municipality: 'zoetermeer', size_class: 'klein' }), 403, 'beheer creates an employer');
});

test('candidates: only the owning municipalities', async () => {
  for (const c of [wsp, srteam]) {
    const r = await c.get('/api/v1/candidates');
    assert.equal(r.status, 200, r.text);
    assert.ok(r.json.length > 0);
    assert.ok(r.json.every((x) => SCOPE.includes(x.municipality)), 'only candidates of the served municipalities');
    assert.ok(r.json.every((x) => !('bsn' in x) && !('pseudonym' in x)));
  }
  const outside = sql("SELECT c.id FROM candidates c JOIN municipalities m ON m.id = c.municipality_id WHERE m.code = 'leidschendam-voorburg' LIMIT 1");
  assert.ok(outside, 'demo has a candidate outside the scope');
  expectProblem(await wsp.get(`/api/v1/candidates/${outside}`), 404, 'candidate of another municipality');
  expectProblem(await wsp.get(`/api/v1/candidates/${outside}/vacancies`), 404, 'its vacancies');
  expectProblem(await wsp.post(`/api/v1/candidates/${outside}/consent`, { consent: true }), 404, 'its consent');
  expectProblem(await wsp.post('/api/v1/candidates', {
    bsn: '111222333', municipality: 'delft', education: 'mbo2', hours_min: 16, hours_max: 24, postcode: '2611',
    travel_km: 10, available_from: '2026-06-01', consent: true,
  }), 403, 'registering a candidate for delft');
});

test('vacancy list and the shortlist', async () => {
  const list = await wsp.get('/api/v1/vacancies');
  assert.equal(list.status, 200);
  for (const v of list.json) for (const k of ['id', 'employer', 'wanted']) assert.ok(k in v, `vacancy has ${k}`);
  const r = await wsp.get('/api/v1/vacancies/5/shortlist');
  assert.equal(r.status, 200, r.text);
  const s = r.json;
  assert.ok(s.count <= s.wanted && s.items.length === s.count);
  if (s.count < s.wanted) assert.ok(s.shortfall, 'a shorter list says why');
  for (let i = 1; i < s.items.length; i++) assert.ok(s.items[i - 1].score >= s.items[i].score, 'best first');
  const inScope = new Set(sql(`SELECT c.id FROM candidates c JOIN municipalities m ON m.id = c.municipality_id WHERE m.code IN ('${SCOPE.join("','")}')`).split('\n').map(Number));
  for (const it of s.items) {
    assert.ok(inScope.has(it.candidate), 'shortlist only holds candidates in scope');
    assert.equal(it.reasons.length, 7);
    assert.ok(/"score":\d+\.\d\d/.test(r.text), 'score with two decimals');
  }
});

test('bad input and state conflicts are refused and write nothing', async () => {
  const count = () => sql('SELECT (SELECT count(*) FROM vacancies) || \'/\' || (SELECT count(*) FROM proposals) || \'/\' || (SELECT count(*) FROM placements)');
  const before = count();
  const vac = (over) => ({ employer: 1, title: 'Test', hours_min: 24, hours_max: 32, start_date: '2026-09-01', wanted: 3, ...over });
  expectProblem(await wsp.post('/api/v1/vacancies', vac({ hours_min: 33 })), 422, 'hours min above max');
  expectProblem(await wsp.post('/api/v1/vacancies', vac({ wanted: 0 })), 422, 'wanted 0');
  expectProblem(await wsp.post('/api/v1/vacancies', vac({ wanted: 51 })), 422, 'wanted 51');
  expectProblem(await wsp.post('/api/v1/vacancies', vac({ required_skills: ['onderwaterlassen'] })), 422, 'unknown skill');
  expectProblem(await srteam.post('/api/v1/vacancies', vac({})), 403, 'sr-team creates a vacancy');
  const noConsent = sql("SELECT c.id FROM candidates c JOIN municipalities m ON m.id = c.municipality_id WHERE c.consent = 0 AND c.status = 'actief' AND m.code = 'zoetermeer' LIMIT 1");
  const r = await wsp.post('/api/v1/proposals', { vacancy: 5, candidate: Number(noConsent) });
  expectProblem(r, 409, 'proposing a candidate without consent');
  assert.match(r.json.detail, /geen toestemming/);
  const closed = sql("SELECT id FROM vacancies WHERE status = 'gesloten' LIMIT 1");
  const active = sql("SELECT c.id FROM candidates c JOIN municipalities m ON m.id = c.municipality_id WHERE c.status = 'actief' AND m.code = 'zoetermeer' LIMIT 1");
  const p = await wsp.post('/api/v1/placements', { vacancy: Number(closed), candidate: Number(active), start_date: '2026-09-01', hours: 24, contract_type: 'vast' });
  expectProblem(p, 409, 'placement for a closed vacancy');
  assert.equal(count(), before);
});

test('a placement creates the banenafspraak record for a doelgroepregister candidate', async () => {
  const cand = sql("SELECT c.id FROM candidates c JOIN municipalities m ON m.id = c.municipality_id WHERE c.status = 'actief' AND c.consent = 1 AND (c.groups_mask & 1) = 1 AND m.code = 'zoetermeer' LIMIT 1");
  const v = await wsp.post('/api/v1/vacancies', { employer: 1, title: 'Schoonmaker avond', hours_min: 8, hours_max: 40, start_date: '2027-06-01', wanted: 2 });
  assert.equal(v.status, 201, v.text);
  const before = Number(sql("SELECT count(*) FROM employment_records WHERE source = 'wsp'"));
  const p = await wsp.post('/api/v1/placements', { vacancy: v.json.id, candidate: Number(cand), start_date: '2027-06-01', hours: 20, contract_type: 'tijdelijk', instrument: 'loonkostensubsidie' });
  assert.equal(p.status, 201, p.text);
  assert.equal(p.json.banenafspraak.created, true);
  assert.equal(p.json.sroi_obligation, true, 'Schoon & Sociaal carries an SROI obligation');
  assert.equal(Number(sql("SELECT count(*) FROM employment_records WHERE source = 'wsp'")), before + 1);
});
