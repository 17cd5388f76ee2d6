// Roles without access to persons (raad, sr-team, inkoop) get aggregates only from the banenafspraak
// report and its targets: they try to lift small-group suppression by filtering (one employer, one
// region, other dates) and every figure that rests on people must come back hidden below 5, the
// top-level totals included (issue 11, point 6). po, who may read the records, keeps the figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loggedIn } from './lib.mjs';

let srv, po, raad, srteam, inkoop, beheer;
before(async () => {
  srv = await startServer();
  [po, raad, srteam, inkoop, beheer] = await Promise.all(
    ['po', 'raad', 'srteam', 'inkoop', 'beheer'].map((u) => loggedIn(srv.base, u)));
});
after(async () => { await srv.stop(); });

// Keys whose value counts people or records, and figures measured on people.
const COUNTS = new Set(['people', 'records', 'realised_people', 'active_records', 'duration_records', 'cohort_6_months',
  'cohort_12_months', 'trials_ended', 'loonkostensubsidie_external', 'beschut_werk', 'direct_werk_placements']);
const LABELS = new Set(['<5', 'afgeschermd']);

// Every count a role without access to persons receives is 0 or at least 5, a group shown with
// hours/banen/fte is a group of at least 5, and a hidden figure is null with a true label.
function assertAggregatesOnly(json, what) {
  const walk = (v, path) => {
    if (Array.isArray(v)) { v.forEach((x, i) => walk(x, `${path}[${i}]`)); return; }
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (COUNTS.has(k) && typeof x === 'number') assert.ok(x === 0 || x >= 5, `${what}: ${path}.${k} = ${x}`);
      if (k === 'suppression') {
        for (const [f, l] of Object.entries(x)) {
          assert.ok(LABELS.has(l), `${what}: ${path}.suppression.${f} = ${l}`);
          assert.equal(v[f], null, `${what}: ${path}.${f} labelled ${l} but shown`);
        }
        continue;
      }
      walk(x, `${path}.${k}`);
    }
    if ('people' in v && v.people === null) {
      for (const k of ['hours', 'banen', 'fte']) assert.equal(v[k], null, `${what}: ${path}.${k} beside hidden people`);
      assert.equal(v.suppressed, true, `${what}: ${path} hidden without "suppressed"`);
      assert.ok(LABELS.has(v.suppression.people), `${what}: ${path} hidden people without a label`);
    }
  };
  walk(json, '');
  assert.ok(!('by_department' in json), `${what}: departments`);
}

const DATES = ['2019-12-31', '2021-12-31', '2023-12-31', '2025-12-31'];
const PEOPLE = new Set([...COUNTS, 'permanent_records', 'still_employed_6_months', 'still_employed_12_months',
  'still_working_6_months', 'still_working_12_months',
  'trials_converted', 'direct_werk_employers']);

// The aggregate view against the full one (same request by a role with access to persons): every
// shown figure is the true one, "<5" stands only on a count of people that is below 5, and
// "afgeschermd" claims nothing. Returns the number of hidden figures met.
function assertTrueLabels(agg, full, what) {
  let hidden = 0;
  const walk = (a, f, path) => {
    if (Array.isArray(a)) { a.forEach((x, i) => walk(x, f[i], `${path}[${i}]`)); return; }
    if (!a || typeof a !== 'object') return;
    const labels = a.suppression || {};
    for (const [k, x] of Object.entries(a)) {
      if (k === 'suppression' || k === 'suppressed') continue;
      const truth = f[k];
      if (k in labels) {
        hidden++;
        if (labels[k] === '<5') {
          assert.ok(PEOPLE.has(k), `${what}: "<5" on ${path}.${k}, not a count of people`);
          assert.ok(truth < 5, `${what}: ${path}.${k} "<5" but the true figure is ${truth}`);
        }
      } else if (x !== null && typeof x !== 'object') {
        assert.deepEqual(x, truth, `${what}: ${path}.${k} shown as ${x}, true ${truth}`);
      }
      walk(x, truth, `${path}.${k}`);
    }
  };
  walk(agg, full, '');
  return hidden;
}

test('raad filtering on one employer gets no small group, the top-level total included', async () => {
  // the employers of Zoetermeer as po sees them (po may read the records)
  let crossings = 0;
  for (const date of DATES) {
    const full = await po.get(`/api/v1/reports/banen?date=${date}`);
    assert.equal(full.status, 200, full.text);
    for (const row of full.json.by_employer) {
      const q = `/api/v1/reports/banen?date=${date}&employer=${row.employer_kvk}`;
      const mine = await po.get(q);
      assert.equal(mine.status, 200, mine.text);
      const theirs = await raad.get(q);
      assert.equal(theirs.status, 200, theirs.text);
      assertAggregatesOnly(theirs.json, `raad ${q}`);
      assertTrueLabels(theirs.json, mine.json, `raad ${q}`);
      if (mine.json.people > 0 && mine.json.people < 5) {
        crossings++;
        assert.equal(theirs.json.people, null, `raad sees people ${theirs.json.people} at ${q}`);
        assert.equal(theirs.json.suppression.people, '<5');
        for (const k of ['by_target_group', 'by_contract_type', 'by_instrument'])
          for (const x of theirs.json[k]) assert.equal(x.people, null, `raad sees ${k} at ${q}`);
      } else if (mine.json.people >= 5) {
        assert.equal(theirs.json.people, mine.json.people, `over-suppressed at ${q}`);
      }
    }
  }
  assert.ok(crossings > 0, 'the demo has an employer with fewer than 5 people to try');
});

test('every role without access to persons, every filter: aggregates only', async () => {
  let hidden = 0;
  for (const [name, c] of [['raad', raad], ['sr-team', srteam], ['inkoop', inkoop]])
    for (const date of DATES)
      for (const filter of ['', '&municipality=zoetermeer', '&region=ZHC']) {
        const q = `/api/v1/reports/banen?date=${date}${filter}`;
        const r = await c.get(q);
        if (r.status !== 200) continue;   // a scope the role does not have
        assertAggregatesOnly(r.json, `${name} ${q}`);
        // the same scope as the role's answer names, as beheer (who sees everything) gets it
        const scope = filter || (r.json.municipality ? `&municipality=${r.json.municipality}` : `&region=${r.json.region}`);
        const full = await beheer.get(`/api/v1/reports/banen?date=${date}${scope}`);
        hidden += assertTrueLabels(r.json, full.json, `${name} ${q}`);
      }
  assert.ok(hidden > 0, 'figures were hidden');
  const t = await raad.get('/api/v1/banen/targets');
  assert.equal(t.status, 200, t.text);
  assertAggregatesOnly(t.json, 'raad targets');
});

test('a cell hidden only to protect another says "afgeschermd", never "<5"', async () => {
  let protects = 0;
  for (const date of DATES) {
    const r = await raad.get(`/api/v1/reports/banen?date=${date}&municipality=zoetermeer`);
    const truth = await beheer.get(`/api/v1/reports/banen?date=${date}&municipality=zoetermeer`);
    assert.equal(r.status, 200, r.text);
    for (const [k, rows] of Object.entries(r.json)) {
      if (!k.startsWith('by_')) continue;
      rows.forEach((x, i) => {
        const real = truth.json[k][i].people;
        const label = x.suppression && x.suppression.people;
        if (label === '<5') assert.ok(real < 5, `${date} ${k}[${i}] "<5" on ${real}`);
        if (label === 'afgeschermd') protects++;
        if (typeof x.people === 'number') assert.equal(x.people, real);
      });
    }
  }
  assert.ok(protects > 0, 'the demo has a secondary-suppressed cell');
});
