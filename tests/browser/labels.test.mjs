// Codes are shown by their Dutch labels everywhere (issue 14): on the pages each role visits, no
// table cell, detail value or badge is a raw code that has a different label in the server's one
// label table (GET /api/v1/labels); no municipality or building-block code, no "user:3", and no
// multi-word code (e.g. "meervoudig-onderhands", "vaardigheden_vereist") appears in the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, loginWith, shot } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';

async function vocabulary() {
  const lists = (await (await fetch(`${BASE}/api/v1/labels`)).json()).lists;
  const munis = (await (await fetch(`${BASE}/api/v1/municipalities`)).json()).items.map((m) => m.code);
  const cats = (await (await fetch(`${BASE}/api/v1/catalogues`)).json()).items;
  const blocks = [...new Set(cats.flatMap((c) => (c.blocks || []).map((b) => b.code)))];
  // code -> labels it has (a code may be in several lists)
  const codes = new Map();
  for (const list of Object.values(lists)) {
    for (const [code, label] of Object.entries(list)) {
      if (!codes.has(code)) codes.set(code, new Set());
      codes.get(code).add(label);
    }
  }
  return { codes, munis, blocks };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s) => new RegExp(`(^|[^\\w-])${escape(s)}(?![\\w-])`);

// Every raw code found on the current page, as "what: text".
async function rawCodes(page, voc) {
  const { cells, text } = await page.evaluate(() => {
    const main = document.getElementById('main');
    const cells = [];
    for (const el of main.querySelectorAll('td, th[scope="row"], dd, .badge, option, legend, label')) {
      // a user name is a name, not a code (user "wsp" is no "WSP")
      const dt = el.tagName === 'DD' && el.previousElementSibling ? el.previousElementSibling.textContent : '';
      const table = el.closest('table');
      const th = table && el.cellIndex !== undefined ? table.querySelectorAll('thead th')[el.cellIndex] : null;
      // user names are names and notes free text, not codes (user "wsp" is no "WSP", a note may read "nieuw")
      if (/Gebruikersnaam/.test(dt) || (th && /Gebruikersnaam|Toelichting/.test(th.textContent))) continue;
      const head = th ? th.textContent.trim() : dt || el.tagName.toLowerCase();
      cells.push([el.textContent.trim(), head]);
    }
    return { cells, text: main.innerText };
  });
  const found = [];
  for (const [c, head] of cells) {
    if (voc.codes.has(c) && !voc.codes.get(c).has(c)) found.push(`code in ${head}: ${c}`);
    if (voc.munis.includes(c)) found.push(`gemeentecode in ${head}: ${c}`);
  }
  for (const m of text.match(/user:\d+/g) || []) found.push(`actor: ${m}`);
  for (const b of voc.blocks) if (word(b).test(text)) found.push(`bouwblokcode: ${b}`);
  for (const m of voc.munis) if (word(m).test(text)) found.push(`gemeentecode in tekst: ${m}`);
  for (const [code, labels] of voc.codes) {
    if (!/[-_]/.test(code) || labels.has(code)) continue;
    if (word(code).test(text)) found.push(`code in tekst: ${code}`);
  }
  return [...new Set(found)];
}

async function scan(page, voc, hash, seen) {
  await open(page, hash);
  const h1 = (await page.locator('main h1').textContent()).trim();
  assert.ok(!/Geen toegang|Er ging iets mis|niet gevonden/i.test(h1), `${hash}: ${h1}`);
  seen[hash] = await rawCodes(page, voc);
}

async function firstLink(page, hash, prefix) {
  await open(page, hash);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
  assert.ok(href, `a link ${prefix}… on ${hash}`);
  return href;
}

const VISITS = [
  ['beheer', 'beheer-demo-2026', async (page) => [
    '#/audit', '#/audit?entity=realisation', '#/audit?entity=contract', '#/audit?entity=proposal', '#/audit?entity=procurement',
    '#/audit?entity=sebo_certificate', '#/audit?entity=banen_target', '#/audit?entity=contact_moment', '#/audit?entity=user',
    '#/werkvoorraad', '#/gebruikers', '#/contracten', '#/opdrachtnemers', '#/werkgevers', '#/banen', '#/inkoop', '#/sebo', '#/dashboard',
    await firstLink(page, '#/contracten', '#/contracten/'), await firstLink(page, '#/sebo', '#/sebo/'),
    await firstLink(page, '#/opdrachtnemers', '#/opdrachtnemers/'), await firstLink(page, '#/inkoop', '#/inkoop/'),
  ]],
  ['wsp', 'wsp-demo-2026', async (page) => [
    '#/start', '#/werkgevers', await firstLink(page, '#/werkgevers', '#/werkgevers/'), await firstLink(page, '#/werkgevers', '#/vacatures/'),
  ]],
  ['groenwerk', 'groenwerk-demo-2026', async (page) => ['#/portaal', '#/offerteaanvragen', await firstLink(page, '#/portaal', '#/contracten/')]],
  ['inkoop', 'inkoop-demo-2026', async () => ['#/contracten/nieuw', '#/inkoop/nieuw']],
];

test('geen ruwe codes op de bezochte pagina\'s: alles met het Nederlandse label uit de ene labeltabel', { skip }, async () => {
  const voc = await vocabulary();
  assert.ok(voc.codes.size > 100 && voc.blocks.length > 0 && voc.munis.includes('zoetermeer'));
  const b = await launch();
  try {
    const page = await b.page();
    const seen = {};
    for (const [user, password, pages] of VISITS) {
      await loginWith(page, user, password);
      for (const hash of await pages(page)) await scan(page, voc, hash, seen);
      await shot(page, `labels-${user}`);
    }
    const bad = Object.entries(seen).filter(([, f]) => f.length);
    assert.deepEqual(bad, [], `pages with raw codes: ${JSON.stringify(bad)}`);
    assert.ok(Object.keys(seen).length >= 25, `pages scanned: ${Object.keys(seen).length}`);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
