// After the award (issue 17) through the API: evidence (type by content, size limit, who may open it,
// audit of every upload and opening), the plan van aanpak, the escalation ladder, the final
// settlement, past performance and the yearly report; bad input refused with nothing stored.
// (run.sh fixes today at 2026-06-01.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { startServer, loggedIn, isProblem, sqlOn } from './lib.mjs';

let srv, sr, schoon, groen, inkoop, raad;
before(async () => {
  srv = await startServer();
  [sr, schoon, groen, inkoop, raad] = await Promise.all(
    ['srteam', 'schoonsociaal', 'groenwerk', 'inkoop', 'raad'].map((u) => loggedIn(srv.base, u)));
});
after(async () => { await srv.stop(); });

const contractId = (ref) => Number(sqlOn(srv.db, `SELECT id FROM contracts WHERE reference = '${ref}'`));
const count = (q) => Number(sqlOn(srv.db, q));

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
  'trailer<</Root 1 0 R>>\n%%EOF\n');

// A real 1x1 PNG: signature, IHDR, IDAT, IEND with their CRCs.
function png() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(1, 0); ihdr.writeUInt32BE(1, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))), chunk('IEND', Buffer.alloc(0))]);
}

const upload = (client, rid, body, name, type = 'application/pdf') =>
  client.req('POST', `/api/v1/realisations/${rid}/evidence?filename=${encodeURIComponent(name)}`, new Uint8Array(body),
    { headers: { 'Content-Type': type } });

test('evidence: taken by content, refused when too large or of another type, opened by the SR-team only', async () => {
  const cid = contractId('ZTM-2022-014');
  const r = await schoon.post('/api/v1/realisations', { contract_id: cid, block: 'mu-ww', bsn: '271828213', candidate_ref: 'EV-1',
    hours_per_week: 36, start: '2026-01-05', end: '2026-04-30' });
  assert.equal(r.status, 201, r.text);
  const rid = r.json.id;
  const before = count('SELECT count(*) FROM realisation_evidence');

  const ok = await upload(schoon, rid, PDF, 'arbeidsovereenkomst EV-1.pdf');
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.mime, 'application/pdf');
  assert.equal(ok.json.filename, 'arbeidsovereenkomst EV-1.pdf');
  const img = await upload(schoon, rid, png(), 'loonstrook.png', 'image/png');
  assert.equal(img.status, 201, img.text);
  assert.equal(img.json.mime, 'image/png');

  const text = await upload(schoon, rid, Buffer.from('dit is geen pdf\n'), 'nep.pdf');
  assert.ok(isProblem(text, 422), text.text);
  assert.match(text.json.detail, /het bewijsstuk is geen PDF, PNG of JPEG \(de inhoud is text\/plain\)/);
  const big = await upload(schoon, rid, Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024)]), 'groot.pdf');
  assert.ok(isProblem(big, 413), big.text);
  assert.match(big.json.detail, /het bewijsstuk is te groot: hoogstens 2 MB/);
  const exact = await upload(schoon, rid, Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024 + 1 - PDF.length)]), 'net-te-groot.pdf');
  assert.ok(isProblem(exact, 422), 'one byte over 2 MB reaches the rule: ' + exact.text);
  assert.equal(count('SELECT count(*) FROM realisation_evidence'), before + 2, 'nothing stored for the refused files');

  // Another contractor neither uploads nor sees it; the council and the contractor do not open it.
  assert.equal((await upload(groen, rid, PDF, 'x.pdf')).status, 404);
  assert.equal((await groen.get(`/api/v1/realisations/${rid}/evidence`)).status, 404);
  assert.equal((await raad.get(`/api/v1/evidence/${ok.json.id}`)).status, 403);
  assert.equal((await schoon.get(`/api/v1/evidence/${ok.json.id}`)).status, 403);
  const list = await schoon.get(`/api/v1/realisations/${rid}/evidence`);
  assert.equal(list.status, 200);
  assert.deepEqual(list.json.items.map((i) => i.filename), ['arbeidsovereenkomst EV-1.pdf', 'loonstrook.png']);

  // The SR-team opens it when verifying: the same bytes, and the opening is in the audit log.
  const res = await fetch(`${srv.base}/api/v1/evidence/${ok.json.id}`, { headers: { Cookie: `inclusio_session=${sr.cookie}` } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), PDF);
  const audit = sqlOn(srv.db, `SELECT action || ':' || actor FROM audit_log WHERE entity = 'evidence' AND entity_id = ${ok.json.id} ORDER BY id`);
  assert.deepEqual(audit.split('\n'), ['upload:user:5 schoonsociaal', 'view:user:2 srteam']);
  assert.equal((await sr.post(`/api/v1/realisations/${rid}/verify`)).status, 200);
  const late = await upload(schoon, rid, PDF, 'achteraf.pdf');
  assert.ok(isProblem(late, 409), 'no evidence after the decision: ' + late.text);
});

test('plan van aanpak and escalation ladder on a contract that is behind', async () => {
  const cid = contractId('ZTM-2022-014');
  const due = await sr.get('/api/v1/followup/due');
  assert.equal(due.status, 200, due.text);
  const row = due.json.escalation_due.find((d) => d.contract.reference === 'ZTM-2022-014');
  assert.ok(row, 'behind and no plan: the first step is due');
  assert.equal(row.next_step.name, 'Herinnering');
  assert.ok(due.json.to_settle.some((d) => d.contract.reference === 'ZTM-2019-021'), 'ended, not settled');
  assert.equal((await raad.get('/api/v1/followup/due')).status, 403);

  const past = await sr.post(`/api/v1/contracts/${cid}/plans`, { due_date: '2026-05-31', target: 60000, description: 'x' });
  assert.ok(isProblem(past, 422), past.text);
  assert.match(past.json.detail, /ligt voor vandaag/);
  assert.equal(count(`SELECT count(*) FROM contract_plans WHERE contract_id = ${cid}`), 0);
  assert.equal((await schoon.post(`/api/v1/contracts/${cid}/plans`, { due_date: '2026-12-31', target: 60000, description: 'x' })).status, 403);

  const skip = await sr.post(`/api/v1/contracts/${cid}/escalations`, { step: 2 });
  assert.ok(isProblem(skip, 409), skip.text);
  const step = await sr.post(`/api/v1/contracts/${cid}/escalations`, { date: '2026-05-20', answer: 'Belt volgende week' });
  assert.equal(step.status, 201, step.text);
  assert.equal(step.json.escalations[0].taken_by, 'srteam');
  assert.equal(step.json.next_step.name, 'Telefoongesprek');
  assert.equal(step.json.next_step.due_date, '2026-06-03', '14 days after the reminder');

  const plan = await sr.post(`/api/v1/contracts/${cid}/plans`, { due_date: '2026-12-31', target: 60000,
    description: 'Drie schoonmakers met een WW-uitkering via De Binnenbaan' });
  assert.equal(plan.status, 201, plan.text);
  assert.equal(plan.json.plan.status, 'op-schema');
  assert.equal(plan.json.plan.next_target, 60000);
  assert.equal(plan.json.next_step, null, 'a plan on schedule holds the ladder');
});

test('settlement: refused while running and twice; past performance and the yearly report read it', async () => {
  const running = await sr.post(`/api/v1/contracts/${contractId('ZTM-2022-014')}/settlement`, {});
  assert.ok(isProblem(running, 409), running.text);
  assert.match(running.json.detail, /de opdracht loopt nog \(tot en met 31-05-2027\)/);
  const cid = contractId('ZTM-2019-021');
  const bad = await sr.post(`/api/v1/contracts/${cid}/settlement`, { exemption_date: '2026-07-01' });
  assert.ok(isProblem(bad, 422), bad.text);
  assert.deepEqual(bad.json.invalidParams.map((p) => p.name).sort(), ['exemption_by', 'exemption_date', 'exemption_reason']);
  assert.equal(count('SELECT count(*) FROM contract_settlements'), 0);

  const s = await sr.post(`/api/v1/contracts/${cid}/settlement`, { remarks: 'Tekort besproken' });
  assert.equal(s.status, 201, s.text);
  assert.equal(s.json.settlement.outcome, 'deels-voldaan');
  assert.equal(s.json.settlement.unrealised, 20000);
  assert.equal(s.json.settlement.penalty, 0);
  assert.equal(s.json.settlement.penalty_rule, 'het beleid kent geen boete of afkoop');
  assert.ok(isProblem(await sr.post(`/api/v1/contracts/${cid}/settlement`, {}), 409), 'settled once');

  const pp = await inkoop.get('/api/v1/organisations/30114785/past-performance');
  assert.equal(pp.status, 200, pp.text);
  assert.equal(pp.json.settled, 1);
  assert.equal(pp.json.counts['deels-voldaan'], 1);
  assert.equal(pp.json.items[0].reference, 'ZTM-2019-021');
  assert.equal((await raad.get('/api/v1/organisations/30114785/past-performance')).status, 403);
  assert.equal((await schoon.get('/api/v1/organisations/30114785/past-performance')).status, 403);

  // The SEBO evaluation's past-performance criterion reads the holder's settlements.
  const before = await sr.get('/api/v1/sebo/holders/40871236');
  assert.equal(before.status, 200, before.text);
  assert.equal(before.json.past_performance.settled, 0);
  const vdm = await sr.post(`/api/v1/contracts/${contractId('ZTM-2024-003')}/settlement`, {});
  assert.equal(vdm.status, 201, vdm.text);
  assert.equal(vdm.json.settlement.outcome, 'voldaan', 'met by its SEBO mark: nothing was due');
  assert.equal(vdm.json.settlement.due, 0);
  const after = await sr.get('/api/v1/sebo/holders/40871236');
  assert.equal(after.json.past_performance.met, 1);
  assert.equal(after.json.past_performance.short, 0);
  assert.equal(after.json.past_performance.items[0].reference, 'ZTM-2024-003');

  const rep = await raad.get('/api/v1/reports/settlement?year=2026&municipality=zoetermeer');
  assert.equal(rep.status, 200, rep.text);
  assert.equal(rep.json.settlements.total, 2);
  assert.equal(rep.json.settlements.by_outcome['deels-voldaan'], 1);
  assert.equal(rep.json.settlements.by_outcome.voldaan, 1);
  assert.equal(rep.json.settlements.unrealised, 20000);
  assert.ok(isProblem(await raad.get('/api/v1/reports/settlement'), 400));
});
