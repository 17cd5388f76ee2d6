// CSV downloads are for people: the bytes Excel with Dutch settings opens as they are (UTF-8 with a
// byte-order mark, ';' between fields, a decimal comma, CRLF, whole numbers whole), and text that a
// spreadsheet would evaluate is marked with an apostrophe (docs/import-export.md, "CSV dialects").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './lib.mjs';

const HL = '=HYPERLINK("http://x";"y")';
let srv, raad;

before(async () => {
  // Names and sources of indicators are entered by the municipality (inclusio goal indicator).
  srv = await startServer({}, `UPDATE indicators SET name = '${HL}', source = '-1+2'
    WHERE code = 'werkzame-beroepsbevolking';`);
  raad = await loggedIn(srv.base, 'raad');
});
after(async () => { await srv.stop(); });

// The raw bytes (Response.text() would swallow the byte-order mark).
async function download(path) {
  const res = await fetch(srv.base + path, { headers: { Cookie: `inclusio_session=${raad.cookie}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

test('CSV stuurparameters: BOM, semicolons, decimal comma, CRLF, whole numbers, formulas marked', async () => {
  const r = await download('/api/v1/reports/rapportage?year=2023&period=3&format=csv&table=stuurparameters');
  assert.equal(r.status, 200, r.bytes.toString());
  assert.match(r.headers.get('content-type'), /^text\/csv; charset=utf-8/);
  assert.match(r.headers.get('content-disposition'), /filename="rapportage-sociaal-domein-zoetermeer-2023-3-stuurparameters\.csv"/);
  assert.deepEqual([...r.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const text = r.bytes.subarray(3).toString('utf8');
  assert.ok(text.endsWith('\r\n'));
  const lines = text.slice(0, -2).split('\r\n');
  assert.ok(lines.every((l) => !l.includes('\n')), 'CRLF line ends only');
  assert.equal(lines[0], 'Parameter;Eenheid;Waarde;Doel;Doel gehaald;Trend;Bron');
  const row = lines.find((l) => l.includes('HYPERLINK'));
  // 68,000 people: a whole number, not "68000.00"; the name and source marked and quoted
  assert.match(row, /^"'=HYPERLINK\(""http:\/\/x"";""y""\)";aantal;68000;67000;Ja;[^;]*;"'-1\+2"$/);
  assert.doesNotMatch(text, /[0-9]\.[0-9]/, 'no decimal point');
  assert.match(lines.find((l) => l.startsWith('SROI-waarde')), /;procent;-?[0-9]+(,[0-9]+)?;/, 'decimal comma');
  for (const l of lines) for (const cell of l.split(';')) assert.doesNotMatch(cell, /^[=+@\t\r]/, `cell ${cell}`);
});

test('CSV financiën: negative amounts stay numbers (no mark), with a decimal comma', async () => {
  const r = await download('/api/v1/reports/jaarverslag?year=2023&format=csv&table=financien');
  assert.equal(r.status, 200);
  const text = r.bytes.toString('utf8');
  assert.match(text, /^\uFEFFDoel;Programma;Begroot \(EUR\);Lasten \(EUR\);Baten \(EUR\);Saldo \(EUR\)/);
  // lasten 24,946,000.00; baten 11,820,400.00; saldo -13,125,600.00
  assert.match(text, /\r\n1\.1 [^;]*;programma-1;[^;]*;-24946000,00;11820400,00;-13125600,00;/);
});
