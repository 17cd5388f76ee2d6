// Scope over several municipalities and across them (issue 11, points 5, 7, 9, 10):
// - a user serving several municipalities lists all of them by default and can narrow to one;
// - a refusal because of a record outside the caller's scope names nothing of that record;
// - every id a request touches (path and body) is checked against the caller's scope;
// - another municipality's requests for quotes come without commercial figures.
// Delft is served by none of the demo users: its own wsp, po and inkoop users are made here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, loggedIn, isProblem } from './lib.mjs';

const HOLDER = '40871236';   // Bouwbedrijf Van der Meer Zoetermeer: certified, invited in Zoetermeer by the demo
const OTHER1 = '30002001';   // not local, no mark
const PASSWORD = 'delft-wachtwoord-1';
let srv, beheer, srteam, wsp, inkoop, groen, wspDelft, poDelft, inkoopDelft;

async function delftUser(username, role, municipalities = ['delft']) {
  const r = await beheer.post('/api/v1/users', { username, role, password: PASSWORD, municipalities });
  assert.equal(r.status, 201, r.text);
  const c = new Client(srv.base);
  assert.equal((await c.login(username, PASSWORD)).status, 200);
  return c;
}

const notFound = (r, what) => assert.ok(isProblem(r, 404), `${what}: expected 404, got ${r.status} ${r.text}`);

before(async () => {
  // Delft gets a copy of Zoetermeer's policies so that its inkoop can register a contract.
  const cols = 'name, effective_from, applies_werken, applies_diensten, applies_leveringen, applies_enkelvoudig, ' +
    'applies_meervoudig, applies_nationaal, applies_europees, min_werken_cents, min_diensten_cents, min_leveringen_cents, ' +
    'pct_bp, low_labour_pct_bp, low_labour_below_bp, sebo_meets_meervoudig';
  srv = await startServer({}, `INSERT INTO policies(municipality_id, ${cols}) SELECT (SELECT id FROM municipalities WHERE code='delft'), ${cols} FROM policies WHERE municipality_id = (SELECT id FROM municipalities WHERE code='zoetermeer');`);
  beheer = await loggedIn(srv.base, 'beheer');
  srteam = await loggedIn(srv.base, 'srteam');
  wsp = await loggedIn(srv.base, 'wsp');
  inkoop = await loggedIn(srv.base, 'inkoop');
  groen = await loggedIn(srv.base, 'groenwerk');
  wspDelft = await delftUser('wsp-delft', 'wsp');
  poDelft = await delftUser('po-delft', 'po');
  inkoopDelft = await delftUser('inkoop-delft', 'inkoop');
});
after(async () => { await srv.stop(); });

// Point 5 ------------------------------------------------------------------------------------------

test('the SEBO register lists every municipality the user serves, and narrows to one on request', async () => {
  const all = await beheer.get('/api/v1/sebo/holders');
  assert.equal(all.status, 200, all.text);
  const allExpiring = (await beheer.get('/api/v1/sebo/expiring?days=3660')).json.items;
  for (const [c, who] of [[srteam, 'sr-team'], [wsp, 'wsp']]) {
    const served = c.user.municipalities.map((m) => (typeof m === 'object' ? m.code : m));
    const expected = all.json.items.filter((h) => served.includes(h.municipality)).map((h) => h.kvk).sort();
    assert.ok(expected.length > 0, 'the demo has holders in the served municipalities');
    const r = await c.get('/api/v1/sebo/holders');
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.items.map((h) => h.kvk).sort(), expected, `${who}: all its municipalities by default`);
    const exp = await c.get('/api/v1/sebo/expiring?days=3660');
    assert.equal(exp.status, 200, exp.text);
    assert.equal(exp.json.items.length, allExpiring.length, `${who}: expiring over all its municipalities`);
    assert.ok(exp.json.items.length > 0);
    const one = await c.get('/api/v1/sebo/holders?municipality=zoetermeer');
    assert.deepEqual(one.json.items.map((h) => h.kvk).sort(),
      all.json.items.filter((h) => h.municipality === 'zoetermeer').map((h) => h.kvk).sort(), `${who}: narrowed to one`);
    const lsl = await c.get('/api/v1/sebo/holders?municipality=lansingerland');
    assert.equal(lsl.status, 200);
    assert.ok(lsl.json.items.every((h) => h.municipality === 'lansingerland'), `${who}: only Lansingerland`);
    notFound(await c.get('/api/v1/sebo/holders?municipality=delft'), `${who}: a municipality it does not serve`);
    notFound(await c.get('/api/v1/sebo/expiring?municipality=delft'), `${who}: expiring elsewhere`);
  }
  const delft = await inkoopDelft.get('/api/v1/sebo/holders');
  assert.equal(delft.status, 200);
  assert.equal(delft.json.items.length, 0, 'a Delft user sees no Zoetermeer holders');
});

// Point 7 ------------------------------------------------------------------------------------------

test('a double-counting refusal names the other contract only to whom may read it', async () => {
  const list = (await beheer.get('/api/v1/contracts?per_page=200')).json.items;
  const own = list.find((x) => x.reference === 'ZTM-2025-002');      // groenwerk's running contract
  const other = list.find((x) => x.reference === 'ZTM-2022-014');    // schoonsociaal's running contract
  assert.ok(own && other, 'demo contracts');
  const body = (contract) => ({ contract_id: contract.id, block: 'zu-werkzoekend', bsn: '314159204', candidate_ref: 'SC-1',
    hours_per_week: 36, start: '2026-03-01', end: '2026-04-30' });
  const first = await srteam.post('/api/v1/realisations', body(other));
  assert.equal(first.status, 201, first.text);
  const count = async () => (await beheer.get(`/api/v1/realisations?contract=${own.id}`)).json.items.length;
  const before = await count();

  const r = await groen.post('/api/v1/realisations', { ...body(own), candidate_ref: 'GW-X' });
  assert.ok(isProblem(r, 409), `contractor: expected 409, got ${r.status} ${r.text}`);
  assert.equal(r.json.field, 'bsn');
  assert.ok(!r.json.detail.includes(other.reference), `the other contractor's reference leaks: ${r.json.detail}`);
  assert.ok(!/Zoetermeer|zoetermeer/.test(r.json.detail), `the municipality leaks: ${r.json.detail}`);
  assert.match(r.json.detail, /telt al mee op een andere opdracht voor 61 overlappende dag/);
  assert.equal(await count(), before, 'nothing written');

  const sr = await srteam.post('/api/v1/realisations', { ...body(own), candidate_ref: 'SR-X' });
  assert.ok(isProblem(sr, 409), sr.text);
  assert.ok(sr.json.detail.includes(other.reference), `the SR-team in scope sees the reference: ${sr.json.detail}`);
  assert.equal(await count(), before, 'nothing written');
});

test('a candidate refusal names the candidate only to whom may read it', async () => {
  const cand = (municipality) => ({ bsn: '314159216', municipality, education: 'mbo2', hours_min: 16, hours_max: 24,
    postcode: '2611', travel_km: 10, available_from: '2026-06-01', consent: true });
  const made = await wspDelft.post('/api/v1/candidates', cand('delft'));
  assert.equal(made.status, 201, made.text);
  const before = (await wsp.get('/api/v1/candidates')).json.length;
  const r = await wsp.post('/api/v1/candidates', cand('zoetermeer'));
  assert.ok(isProblem(r, 409), `wsp: expected 409, got ${r.status} ${r.text}`);
  assert.ok(!/kandidaat \d/.test(r.json.detail) && !r.json.detail.includes(String(made.json.id)),
    `the candidate of another municipality is named: ${r.json.detail}`);
  assert.ok(!/delft/i.test(r.json.detail), r.json.detail);
  assert.equal((await wsp.get('/api/v1/candidates')).json.length, before, 'nothing written');
  const own = await wspDelft.post('/api/v1/candidates', cand('delft'));
  assert.ok(isProblem(own, 409));
  assert.ok(own.json.detail.includes(`kandidaat ${made.json.id}`), `in scope the candidate is named: ${own.json.detail}`);
});

test('an employment refusal names the record only to whom may read it', async () => {
  const rec = (municipality) => ({ municipality, employer_kvk: '12345672', employer_name: 'Grensgeval BV', sector: 'markt',
    bsn: '314159228', target_group: 'wajong', start: '2025-01-01', hours_per_week: 20, contract_type: 'vast',
    instrument: 'jobcoach', source: 'wsp' });
  const made = await poDelft.post('/api/v1/employment', rec('delft'));
  assert.equal(made.status, 201, made.text);
  const r = await wsp.post('/api/v1/employment', { ...rec('zoetermeer'), start: '2025-06-01' });
  assert.ok(isProblem(r, 409), `wsp: expected 409, got ${r.status} ${r.text}`);
  assert.ok(!r.json.detail.includes(`(${made.json.id},`) && !r.json.detail.includes('01-01-2025'),
    `the record of a municipality outside the region is named: ${r.json.detail}`);
  const own = await poDelft.post('/api/v1/employment', { ...rec('delft'), start: '2025-06-01' });
  assert.ok(isProblem(own, 409));
  assert.ok(own.json.detail.includes(`(${made.json.id},`), `in scope the record is named: ${own.json.detail}`);
});

// Point 9 ------------------------------------------------------------------------------------------

// Delft's own employer and event, a Zoetermeer event and a Zoetermeer employer of the demo.
let wspFixture;
function wspSetup() {
  wspFixture ||= (async () => {
    const emp = await wspDelft.post('/api/v1/employers', { kvk: '12345673', name: 'Delftse Werkgever BV', municipality: 'delft', size_class: 'klein' });
    assert.equal(emp.status, 201, emp.text);
    const ev = await wspDelft.post('/api/v1/events', { title: 'Netwerkontbijt Delft', date: '2026-05-20', municipality: 'delft' });
    assert.equal(ev.status, 201, ev.text);
    const zev = await wsp.post('/api/v1/events', { title: 'Werkgeversontbijt Zoetermeer', date: '2026-05-21', municipality: 'zoetermeer' });
    assert.equal(zev.status, 201, zev.text);
    const zoetermeer = (await wsp.get('/api/v1/employers')).json.find((x) => x.municipality === 'zoetermeer');
    assert.ok(zoetermeer, 'a demo employer in Zoetermeer');
    return { delftEmployer: emp.json.id, delftEvent: ev.json.id, zoetermeerEvent: zev.json.id, zoetermeer: zoetermeer.id };
  })();
  return wspFixture;
}

test('attendance: the event in the path is checked for scope', async () => {
  const f = await wspSetup();
  notFound(await wsp.post(`/api/v1/events/${f.delftEvent}/attendance`, { employer: f.zoetermeer }), 'wsp: attendance on a Delft event');
  notFound(await wspDelft.post(`/api/v1/events/${f.zoetermeerEvent}/attendance`, { employer: f.delftEmployer }),
    'Delft: attendance on a Zoetermeer event');
  const delftEvent = (await wspDelft.get('/api/v1/events')).json.find((x) => x.id === f.delftEvent);
  assert.equal(delftEvent.registered, 0, 'no attendance written');
  assert.ok(!(await wsp.get('/api/v1/events')).json.some((x) => x.id === f.delftEvent), 'the Delft event is not listed');
  const att = await wsp.post(`/api/v1/events/${f.zoetermeerEvent}/attendance`, { employer: f.zoetermeer });
  assert.equal(att.status, 200, att.text);
});

test('contact moments: the event in the body is checked for scope', async () => {
  const f = await wspSetup();
  const moments = async () => (await beheer.get(`/api/v1/employers/${f.zoetermeer}`)).json.contact_moments.length;
  const before = await moments();
  notFound(await wsp.post(`/api/v1/employers/${f.zoetermeer}/contact-moments`, { kind: 'evenement', date: '2026-05-20', event: f.delftEvent }),
    'wsp: a contact moment at a Delft event');
  assert.equal(await moments(), before, 'no contact moment written');
  const ok = await wsp.post(`/api/v1/employers/${f.zoetermeer}/contact-moments`, { kind: 'evenement', date: '2026-05-21', event: f.zoetermeerEvent });
  assert.equal(ok.status, 201, ok.text);
  assert.equal(await moments(), before + 1);
});

test('question figures count only the questions of employers in the scope', async () => {
  const f = await wspSetup();
  const asked = async (c) => (await c.get('/api/v1/questions/stats')).json.reduce((n, m) => n + m.asked, 0);
  const wspBefore = await asked(wsp);
  assert.ok(wspBefore > 0, 'the demo has questions');
  assert.equal(await asked(wspDelft), 0, 'Delft has no questions yet');
  const q = await wspDelft.post('/api/v1/questions', { employer: f.delftEmployer, subject: 'Subsidie voor jobcoach?' });
  assert.equal(q.status, 201, q.text);
  assert.equal(await asked(wspDelft), 1, 'Delft counts its own question');
  assert.equal(await asked(wsp), wspBefore, 'the Delft question is not in the figures of another wsp');
});

test('the employer view, proposals and placements leave out what lies in other municipalities', async () => {
  const f = await wspSetup();
  // A wsp serving Zoetermeer and Delft links the Zoetermeer employer to Delft records.
  const both = await delftUser('wsp-zd', 'wsp', ['zoetermeer', 'delft']);
  const att = await both.post(`/api/v1/events/${f.delftEvent}/attendance`, { employer: f.zoetermeer });
  assert.equal(att.status, 200, att.text);
  const vac = await both.post('/api/v1/vacancies', { employer: f.zoetermeer, title: 'Filiaal Delft: verkoper', hours_min: 16,
    hours_max: 32, start_date: '2026-09-01', wanted: 1, municipality: 'delft' });
  assert.equal(vac.status, 201, vac.text);
  const cand = await both.post('/api/v1/candidates', { bsn: '314159241', municipality: 'delft', education: 'mbo2', hours_min: 16,
    hours_max: 32, postcode: '2611', travel_km: 25, available_from: '2026-06-01', consent: true });
  assert.equal(cand.status, 201, cand.text);
  const zv = await both.post('/api/v1/vacancies', { employer: f.zoetermeer, title: 'Magazijnmedewerker', hours_min: 16,
    hours_max: 32, start_date: '2026-09-01', wanted: 2, municipality: 'zoetermeer' });
  assert.equal(zv.status, 201, zv.text);
  const open = zv.json;
  const prop = await both.post('/api/v1/proposals', { vacancy: open.id, candidate: cand.json.id });
  assert.equal(prop.status, 201, prop.text);
  const placed = await both.post('/api/v1/placements', { vacancy: open.id, candidate: cand.json.id, start_date: '2026-09-01', hours: 24, contract_type: 'vast' });
  assert.equal(placed.status, 201, placed.text);
  const kvk = (await both.get(`/api/v1/employers/${f.zoetermeer}`)).json.kvk;
  const contract = await inkoopDelft.post('/api/v1/contracts', {
    municipality: 'delft', reference: 'DLF-2026-077', title: 'Catering stadskantoor', category: 'diensten',
    procedure: 'europees', value: 800000, labour_share_pct: 40, award_date: '2026-01-12', start_date: '2026-02-01',
    end_date: '2027-01-31', contractor_kvk: kvk, contractor_name: 'Werkgever in Zoetermeer',
  });
  assert.equal(contract.status, 201, contract.text);

  const seen = (await both.get(`/api/v1/employers/${f.zoetermeer}`)).json;
  assert.ok(seen.events.some((x) => x.id === f.delftEvent), 'serving Delft: the Delft event is shown');
  assert.ok(seen.vacancies.some((x) => x.id === vac.json.id));
  assert.ok(seen.placements.some((x) => x.candidate === cand.json.id));
  assert.ok(seen.sroi_contracts.some((x) => x.reference === 'DLF-2026-077'));

  const view = await wsp.get(`/api/v1/employers/${f.zoetermeer}`);
  assert.equal(view.status, 200, view.text);
  assert.ok(!view.json.events.some((x) => x.id === f.delftEvent), 'the Delft event in the employer view');
  assert.ok(!view.json.vacancies.some((x) => x.id === vac.json.id), 'the Delft vacancy in the employer view');
  assert.ok(!view.json.placements.some((x) => x.candidate === cand.json.id), 'the Delft candidate in the employer view');
  assert.ok(!view.json.sroi_contracts.some((x) => x.reference === 'DLF-2026-077'), 'the Delft contract and its figures in the employer view');
  notFound(await wsp.get(`/api/v1/vacancies/${vac.json.id}`), 'the Delft vacancy itself');
  notFound(await wsp.get(`/api/v1/candidates/${cand.json.id}`), 'the Delft candidate itself');
  assert.ok(!(await wsp.get('/api/v1/proposals')).json.some((x) => x.candidate === cand.json.id), 'the Delft candidate in the proposals');
  assert.ok(!(await wsp.get('/api/v1/placements')).json.some((x) => x.candidate === cand.json.id), 'the Delft candidate in the placements');
});

test('a candidate\'s best vacancies are only those the user may open', async () => {
  // A wsp for Leidschendam-Voorburg (the same labour-market region, not served by the demo wsp)
  // opens a vacancy that fits a Zoetermeer candidate.
  const lv = await delftUser('wsp-lv', 'wsp', ['leidschendam-voorburg']);
  const emp = await lv.post('/api/v1/employers', { kvk: '12345674', name: 'Voorburgse Zorg BV', municipality: 'leidschendam-voorburg', size_class: 'middel' });
  assert.equal(emp.status, 201, emp.text);
  const vac = await lv.post('/api/v1/vacancies', { employer: emp.json.id, title: 'Medewerker facilitair', hours_min: 16, hours_max: 32,
    start_date: '2026-07-01', wanted: 3, postcode: '2264 AB' });
  assert.equal(vac.status, 201, vac.text);
  const cand = await wsp.post('/api/v1/candidates', { bsn: '314159253', municipality: 'zoetermeer', education: 'mbo2', hours_min: 16,
    hours_max: 32, postcode: '2711', travel_km: 30, available_from: '2026-06-01', consent: true });
  assert.equal(cand.status, 201, cand.text);
  const zoetermeer = (await wsp.get('/api/v1/employers')).json.find((x) => x.municipality === 'zoetermeer');
  const own = await wsp.post('/api/v1/vacancies', { employer: zoetermeer.id, title: 'Medewerker facilitair Zoetermeer', hours_min: 16,
    hours_max: 32, start_date: '2026-07-01', wanted: 3, postcode: '2711 AB' });
  assert.equal(own.status, 201, own.text);
  const best = await wsp.get(`/api/v1/candidates/${cand.json.id}/vacancies?limit=50`);
  assert.equal(best.status, 200, best.text);
  assert.ok(best.json.items.some((x) => x.vacancy === own.json.id), 'a fitting vacancy in scope is matched');
  assert.ok(!best.json.items.some((x) => x.vacancy === vac.json.id), 'a vacancy the wsp cannot open is offered');
  for (const x of best.json.items) assert.equal((await wsp.get(`/api/v1/vacancies/${x.vacancy}`)).status, 200, `vacancy ${x.vacancy} opens`);
});

// Point 10 -----------------------------------------------------------------------------------------

test('another municipality\'s requests for quotes come without commercial figures', async () => {
  const p = await inkoopDelft.post('/api/v1/procurements', {
    municipality: 'delft', department: 'Stadsbeheer', subject: 'Brugonderhoud Delft', category: 'werken',
    estimated_value: 70000, procedure: 'meervoudig-onderhands', date: '2026-05-04', invited: [HOLDER, OTHER1],
    quotes: [{ kvk: HOLDER, amount: '65432.10' }], winner: HOLDER,
  });
  assert.equal(p.status, 201, p.text);
  for (const [c, who] of [[srteam, 'sr-team'], [inkoop, 'inkoop']]) {
    const r = await c.get(`/api/v1/sebo/holders/${HOLDER}/requests`);
    assert.equal(r.status, 200, r.text);
    const delft = r.json.items.find((x) => x.procurement_id === p.json.id);
    assert.ok(delft, `${who}: the Delft request is listed`);
    for (const k of ['estimated_value', 'quote', 'awarded_value'])
      assert.ok(!(k in delft), `${who}: ${k} of a Delft procurement is shown: ${JSON.stringify(delft)}`);
    assert.equal(delft.figures_hidden, true);
    assert.ok(!r.text.includes('65432') && !r.text.includes('70000'), `${who}: Delft figures in the answer`);
    const own = r.json.items.filter((x) => x.municipality === 'zoetermeer');
    assert.ok(own.length >= 1 && own.every((x) => 'estimated_value' in x && 'quote' in x && !x.figures_hidden),
      `${who}: its own municipality's figures stay`);
  }
  const d = await inkoopDelft.get(`/api/v1/sebo/holders/${HOLDER}/requests`);
  assert.equal(d.status, 200, d.text);
  const mine = d.json.items.find((x) => x.procurement_id === p.json.id);
  assert.equal(mine.quote, 65432.1);
  assert.equal(mine.estimated_value, 70000);
  assert.ok(d.json.items.filter((x) => x.municipality === 'zoetermeer').every((x) => !('quote' in x) && x.figures_hidden),
    'Delft does not see Zoetermeer figures');
  const all = await beheer.get(`/api/v1/sebo/holders/${HOLDER}/requests`);
  assert.ok(all.json.items.every((x) => !x.figures_hidden), 'beheer sees every figure');
});
