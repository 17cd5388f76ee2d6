// Residents and durable work over the API: the contractor records the job behind its own job
// realisation (never another's), the residence is a municipality or only a postcode area, the
// benefit follows the block, durability cannot be told before its day; the report per year,
// contractor and contract, with small counts hidden for the council; postcode areas by beheer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn, isProblem, sqlOn } from './lib.mjs';

let srv, groenwerk, schoon, srteam, raad, beheer, inkoop, mine, theirs;
const expectProblem = (r, status, what) => assert.ok(isProblem(r, status), `${what}: expected ${status}, got ${r.status} ${r.text}`);
// Job realisations (a block valued per year), not rejected, of a contractor's contracts, oldest end first.
const jobsOf = (user) => sqlOn(srv.db, `SELECT r.id || ':' || b.code || ':' || r.end_date FROM realisations r JOIN blocks b ON b.id = r.block_id
  JOIN contracts c ON c.id = r.contract_id JOIN users u ON u.organisation_id = c.contractor_id
  WHERE b.kind = 'per_jaar' AND r.status <> 'afgewezen' AND u.username = '${user}' ORDER BY r.end_date, r.id`)
  .split('\n').filter(Boolean).map((x) => { const [id, block, end] = x.split(':'); return { id: Number(id), block, end }; });

before(async () => {
  srv = await startServer();
  [groenwerk, schoon, srteam, raad, beheer, inkoop] = await Promise.all(
    ['groenwerk', 'schoonsociaal', 'srteam', 'raad', 'beheer', 'inkoop'].map((u) => loggedIn(srv.base, u)));
  mine = jobsOf('groenwerk');
  theirs = jobsOf('schoonsociaal');
  assert.ok(mine.length >= 2 && theirs.length >= 1, 'demo job realisations');
});
after(async () => { await srv.stop(); });

test('recording the job: own realisations only, every bad input refused', async () => {
  const [r] = mine.filter((x) => x.block !== 'mu-banenafspraak');
  const count = () => Number(sqlOn(srv.db, 'SELECT count(*) FROM realisation_jobs'));
  expectProblem(await groenwerk.req('PUT', `/api/v1/realisations/${theirs[0].id}/job`, { residence_municipality: 'Zoetermeer', contract_type: 'vast' }), 404, "another contractor's realisation");
  expectProblem(await raad.req('PUT', `/api/v1/realisations/${r.id}/job`, { residence_municipality: 'Zoetermeer', contract_type: 'vast' }), 403, 'raad records');
  expectProblem(await groenwerk.req('PUT', `/api/v1/realisations/${r.id}/job`, { residence_pc4: '2711AB', contract_type: 'vast' }), 422, 'a full postcode');
  expectProblem(await groenwerk.req('PUT', `/api/v1/realisations/${r.id}/job`, { residence_municipality: 'Zoetermeer', residence_pc4: '2711', contract_type: 'vast' }), 422, 'both');
  expectProblem(await groenwerk.req('PUT', `/api/v1/realisations/${r.id}/job`, { contract_type: 'vast' }), 422, 'no residence');
  expectProblem(await groenwerk.req('PUT', `/api/v1/realisations/${r.id}/job`, { residence_municipality: 'Zoetermeer', contract_type: 'flex' }), 422, 'unknown contract');
  expectProblem(await groenwerk.req('PUT', `/api/v1/realisations/${r.id}/job`, { residence_municipality: 'Zoetermeer', contract_type: 'vast', name: 'x' }), 400, 'unknown field');
  expectProblem(await groenwerk.req('PUT', '/api/v1/realisations/987654/job', { residence_municipality: 'Zoetermeer', contract_type: 'vast' }), 404, 'unknown realisation');
  assert.equal(count(), 0);

  const ok = await groenwerk.req('PUT', `/api/v1/realisations/${r.id}/job`, { residence_municipality: 'Zoetermeer', contract_type: 'vast' });
  assert.equal(ok.status, 200, ok.text);
  const ok2 = await srteam.req('PUT', `/api/v1/realisations/${mine[1].id}/job`, { residence_pc4: '2501', contract_type: 'tijdelijk' });
  assert.equal(ok2.status, 200, ok2.text);
  assert.equal(count(), 2);
  assert.equal(sqlOn(srv.db, `SELECT resident FROM realisation_jobs WHERE realisation_id = ${r.id}`), '1');

  // durability: the demo's realisations ended long enough ago for 6 months; a wrong month count is refused
  expectProblem(await groenwerk.post(`/api/v1/realisations/${r.id}/durability`, { months: 9, working: true }), 422, '9 months');
  const d = await groenwerk.post(`/api/v1/realisations/${r.id}/durability`, { months: 6, working: true });
  assert.equal(d.status, 200, d.text);
});

test('postcode areas (beheer) and the report, aggregates for the council', async () => {
  expectProblem(await srteam.req('PUT', '/api/v1/municipalities/zoetermeer/postcodes', { postcodes: '2711-2729' }), 403, 'sr-team sets postcodes');
  expectProblem(await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/postcodes', { postcodes: '2729-2711' }), 422, 'backwards');
  expectProblem(await beheer.req('PUT', '/api/v1/municipalities/atlantis/postcodes', { postcodes: '2711' }), 404, 'unknown municipality');
  assert.equal((await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/postcodes', { postcodes: '2711-2729' })).status, 200);
  // the region's areas beside its own, read back as typed; a bad region range changes neither
  const both = await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/postcodes', { postcodes: '2711-2729, 2730', region: '2600-2699' });
  assert.equal(both.status, 200, both.text);
  assert.deepEqual(both.json, { municipality: 'zoetermeer', postcodes: '2711-2729, 2730', region: '2600-2699' });
  const bad = await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/postcodes', { postcodes: '2711', region: '2699-2600' });
  expectProblem(bad, 422, 'a backwards region range');
  assert.equal(bad.json.field, 'region');
  const read = await srteam.get('/api/v1/municipalities/zoetermeer/postcodes');
  assert.deepEqual(read.json, { municipality: 'zoetermeer', postcodes: '2711-2729, 2730', region: '2600-2699' });
  expectProblem(await srteam.get('/api/v1/municipalities/atlantis/postcodes'), 404, 'unknown municipality');
  assert.equal((await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/postcodes', { postcodes: '2711-2729', region: '' })).status, 200);
  expectProblem(await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/postcodes', {}), 400, 'neither scope given');
  const emptied = await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/postcodes', { postcodes: '' });
  assert.deepEqual(emptied.json, { municipality: 'zoetermeer', postcodes: '', region: '' }, 'an empty text empties the own areas');
  assert.equal((await beheer.req('PUT', '/api/v1/municipalities/zoetermeer/postcodes', { postcodes: '2711-2729' })).status, 200);

  const full = await srteam.get('/api/v1/reports/jobs?municipality=zoetermeer');
  assert.equal(full.status, 200, full.text);
  assert.equal(full.json.total.jobs, 2);
  assert.equal(full.json.total.residents, 1);
  // 6 months on: the contractor said "working" for one; the other (mu-banenafspraak) is read from its
  // linked banenafspraak record, which ended with the realisation: not working
  assert.equal(full.json.total.known_6_months, 2);
  assert.equal(full.json.total.working_6_months, 1);
  assert.deepEqual(full.json.by_contractor.map((c) => c.jobs), [2]);
  const agg = await raad.get('/api/v1/reports/jobs?municipality=zoetermeer');
  assert.equal(agg.status, 200, agg.text);
  assert.equal(agg.json.total.residents, null);
  assert.equal(agg.json.total.suppression.residents, '<5');
  assert.equal(agg.json.total.jobs, null, '2 jobs is a small count');
  expectProblem(await raad.get('/api/v1/reports/jobs?municipality=delft'), 404, 'raad reads another municipality');
  expectProblem(await inkoop.get('/api/v1/reports/jobs?year=20x4'), 400, 'bad year');
  // the contractor reads the figures of its own contract, whole (it reported the people itself), not another's
  const cid = (id) => Number(sqlOn(srv.db, `SELECT contract_id FROM realisations WHERE id = ${id}`));
  const own = await groenwerk.get(`/api/v1/reports/jobs?contract=${cid(mine[0].id)}`);
  assert.equal(own.status, 200, own.text);
  assert.ok(own.json.by_contract.every((c) => c.contract_id === cid(mine[0].id)));
  expectProblem(await groenwerk.get(`/api/v1/reports/jobs?contract=${cid(theirs[0].id)}`), 404, "another contractor's contract");
});
