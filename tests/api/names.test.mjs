// Names and blanks (issue 11, points 16-17): a municipality is accepted by code or name,
// case-insensitively, in query parameters and bodies; a left-out instrument means "geen".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './lib.mjs';

let srv, sr, po;
before(async () => {
  srv = await startServer();
  sr = await loggedIn(srv.base, 'srteam');
  po = await loggedIn(srv.base, 'po');
});
after(async () => { await srv.stop(); });

test('?municipality=Zoetermeer answers as ?municipality=zoetermeer', async () => {
  for (const [who, path] of [[sr, '/api/v1/contracts?per_page=100'], [po, '/api/v1/employment?per_page=100']]) {
    const byCode = await who.get(`${path}&municipality=zoetermeer`);
    assert.equal(byCode.status, 200, byCode.text);
    assert.ok((byCode.json.total ?? byCode.json.items.length) > 0, `${path}: demo data for zoetermeer`);
    for (const name of ['Zoetermeer', 'ZOETERMEER', '%20zoetermeer%20']) {
      const byName = await who.get(`${path}&municipality=${name}`);
      assert.equal(byName.status, 200, `${path} municipality=${name}: ${byName.text}`);
      assert.deepEqual(byName.json, byCode.json, `${path} municipality=${name}`);
    }
  }
  const twoWords = await sr.get('/api/v1/contracts?municipality=Den%20Haag');
  const code = await sr.get('/api/v1/contracts?municipality=den-haag');
  assert.equal(twoWords.status, code.status);
  assert.deepEqual(twoWords.json, code.json);
});

test('a body naming the municipality by name is stored under its code; no instrument means geen', async () => {
  const r = await po.post('/api/v1/employment', {
    municipality: 'Zoetermeer', employer_kvk: '12345678', employer_name: 'Bakkerij Naam', sector: 'Markt',
    bsn: '234567806', target_group: 'Wajong', start: '2025-01-01', hours_per_week: 20, contract_type: 'Vast',
    source: 'WSP',
  });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.municipality, 'zoetermeer');
  assert.equal(r.json.instrument, 'geen');
  const blank = await po.post('/api/v1/employment', {
    municipality: 'zoetermeer', employer_kvk: '12345678', sector: 'markt', bsn: '234567818', target_group: 'wajong',
    start: '2025-01-01', hours_per_week: 20, contract_type: 'vast', instrument: '', source: 'wsp',
  });
  assert.equal(blank.status, 201, blank.text);
  assert.equal(blank.json.instrument, 'geen');
});
