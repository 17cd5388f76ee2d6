// Banenafspraak monitor: jobs of people from the doelgroepregister at a reference date (peildatum),
// counted at 25,5 hours a job and 36 hours an fte, per municipality or for the labour-market region.
// Quarterly trend as an inline SVG chart with the target line (and the same figures as a table),
// the audit office's table (target versus realised per year, "Doel gehaald"), breakdowns,
// durability and the placements of the work company. GET /reports/banen and /banen/targets.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import * as refdata from '../refdata.js';
import * as session from '../session.js';
import { page, pageHeader, table, details, takeFlash } from '../components.js';
import { go, href } from '../router.js';
import * as L from '../labels.js';
import { lineChart } from '../chart.js';
import { csvUpload } from '../upload.js';

function lastQuarterEnd(today = new Date()) {
  const y = today.getUTCFullYear();
  const ends = [[y - 1, 12, 31], [y, 3, 31], [y, 6, 30], [y, 9, 30], [y, 12, 31]];
  const iso = ([yy, m, d]) => `${yy}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = today.toISOString().slice(0, 10);
  let best = iso(ends[0]);
  for (const e of ends) if (iso(e) <= t) best = iso(e);
  return best;
}

const n2 = (v) => (v === null || v === undefined ? '–' : fmt.number(v, 2));
const yearOf = (iso) => Number(String(iso).slice(0, 4));

// Target level per year for the chart: the municipality's own fte target, or for the region the
// baseline plus the indicative extra banen of both sectors.
function targetLevels(scope, targets) {
  const levels = {};
  for (const t of targets) {
    if (t.kind !== 'banenafspraak') continue;
    if (scope === 'gemeente' && t.scope === 'gemeente') levels[t.year] = Number(t.value);
    if (scope === 'regio' && t.scope === 'regio') levels[t.year] = (levels[t.year] || 0) + Number(t.value) + Number(t.baseline_banen || 0);
  }
  return levels;
}

// The trend (web/js/chart.js, drawn at the width it is shown at): realised per quarter end as a
// line with dots, the target of each year as a dashed step line; years label the axis (the
// quarters when there are at most eight).
function trendChart(points, { unit, title, desc }) {
  const few = points.length <= 8;
  return lineChart({
    id: 'banen-chart',
    title,
    desc,
    unit,
    decimals: 0,
    labels: points.map((p) => (p.date.endsWith('12-31') ? p.date.slice(0, 4) : few ? fmt.date(p.date).slice(3) : null)),
    series: [
      { name: 'gerealiseerd', colour: '#154273', width: 2.5, marker: 'circle', markerSize: 3,
        values: points.map((p) => (p.value === null || p.value === undefined ? null : Number(p.value))),
        tip: (i) => `${fmt.date(points[i].date)}: ${n2(points[i].value)} ${unit}` },
      { name: 'doel', colour: '#b3261e', dash: '6 4', marker: null, step: true,
        values: points.map((p) => (p.target === null || p.target === undefined ? null : Number(p.target))) },
    ],
  });
}

function filterForm(munis, { scope, muni, date }) {
  const sel = h('select', { id: 'banen-gemeente', name: 'gemeente' },
    munis.map((m) => h('option', { value: m.code, selected: m.code === muni }, m.name)));
  const sc = h('select', { id: 'banen-schaal', name: 'schaal' },
    h('option', { value: 'gemeente', selected: scope === 'gemeente' }, 'Gemeente'),
    h('option', { value: 'regio', selected: scope === 'regio' }, 'Arbeidsmarktregio van de gemeente'));
  const dt = h('input', { id: 'banen-peildatum', name: 'peildatum', type: 'text', inputmode: 'numeric', value: fmt.date(date), placeholder: 'dd-mm-jjjj', maxlength: 10, class: 'width-10' });
  const err = h('p', { class: 'field-error', id: 'banen-peildatum-error', hidden: true });
  dt.setAttribute('aria-describedby', 'banen-peildatum-hint banen-peildatum-error');
  const form = h('form', { class: 'form filter-form', role: 'search', 'aria-label': 'Keuze gemeente en peildatum' },
    h('div', { class: 'field' }, h('label', { for: 'banen-gemeente' }, 'Gemeente'), sel),
    h('div', { class: 'field' }, h('label', { for: 'banen-schaal' }, 'Schaal'), sc),
    h('div', { class: 'field' }, h('label', { for: 'banen-peildatum' }, 'Peildatum'),
      h('p', { class: 'field-hint', id: 'banen-peildatum-hint' }, 'dd-mm-jjjj, bijvoorbeeld 31-12-2020'), dt, err),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, 'Toon')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const iso = fmt.parseDate(dt.value);
    if (!iso) {
      err.textContent = 'Vul een geldige datum in als dd-mm-jjjj.';
      err.hidden = false;
      dt.setAttribute('aria-invalid', 'true');
      dt.focus();
      return;
    }
    go(href('/banen', { gemeente: sel.value, schaal: sc.value, peildatum: iso }).slice(1));
  });
  return form;
}

function breakdown(title, rows, labelOf) {
  return table(title, [
    { label: 'Groep', cell: labelOf },
    { label: 'Personen', cell: (r) => count(r.people, r), numeric: true },
    { label: 'Uren per week', cell: (r) => n2(r.hours), numeric: true },
    { label: 'Banen (25,5 uur)', cell: (r) => n2(r.banen), numeric: true },
    { label: 'Fte (36 uur)', cell: (r) => n2(r.fte), numeric: true },
  ], rows || [], { empty: 'Geen dienstverbanden op deze peildatum.' });
}

const pct = (v) => (v === null || v === undefined ? '–' : fmt.percent(v));
// A count of people as the server sends it: hidden ones (roles without access to persons) are
// null with their label, "<5" or "afgeschermd" (a count hidden only to protect a small one).
const count = (v, o = {}, key = 'people') => {
  if (v !== null && v !== undefined) return String(v);
  const label = o.suppression && o.suppression[key];
  return label === '<5' ? 'minder dan 5' : label || '–';
};

// The regional targets against UWV's count of the whole region (its quarterly trend report, imported
// by beheer) and, beside it, what inclusio itself records: the region's own contribution. UWV's
// figure decides "Doel gehaald" once it is imported for the peildatum; until then inclusio's own.
function regionalTargets(region, rows) {
  return h('section', { 'aria-labelledby': 'regio-doelen' },
    h('h2', { id: 'regio-doelen' }, `Regionale doelen ${region} ten opzichte van de nulmeting`),
    h('p', null, 'UWV telt de extra banen in de hele regio (trendrapportage, per kwartaal). inclusio telt alleen de '
      + 'dienstverbanden die hier zijn geregistreerd: de eigen bijdrage. Het doel wordt gemeten aan de UWV-telling zodra '
      + 'die voor de peildatum is geïmporteerd.'),
    table(`Regionale doelen ${region}: UWV en eigen registratie`, [
      { label: 'Sector', cell: (r) => r.sector },
      { label: 'Doel (extra banen)', cell: (r) => n2(r.value), numeric: true },
      { label: 'UWV (hele regio)', cell: (r) => (r.uwv_extra_banen === null || r.uwv_extra_banen === undefined ? 'niet geïmporteerd' : n2(r.uwv_extra_banen)), numeric: true },
      { label: 'inclusio: nulmeting', cell: (r) => `${n2(r.baseline_banen)} op ${fmt.date(r.baseline_date)}`, numeric: true },
      { label: 'inclusio: nu', cell: (r) => n2(r.realised_banen), numeric: true },
      { label: 'inclusio: eigen bijdrage', cell: (r) => n2(r.realised), numeric: true },
      { label: 'Doel gehaald', cell: (r) => `${r.goal_met ? 'Ja' : 'Nee'} (${r.goal_basis === 'uwv' ? 'UWV' : 'eigen registratie'})` },
    ], rows));
}

// Beheer imports UWV's table (CSV; an XLSX as published goes through `inclusio banen uwv import`).
function uwvImport() {
  return csvUpload({
    id: 'uwv', title: 'UWV-cijfers importeren', path: '/banen/uwv-figures/import',
    hint: 'De trendrapportage van UWV als CSV met de kolommen arbeidsmarktregio, sector, peildatum en extra_banen '
      + '(komma of puntkomma). Een kwartaal dat er al is, wordt vervangen; regio\'s die inclusio niet kent, worden overgeslagen. '
      + 'Het hele bestand wordt geweigerd als één regel niet klopt.',
    done: (r, file) => `${r.stored + r.replaced} UWV-cijfers geïmporteerd uit ${file.name} (${r.stored} nieuw, ${r.replaced} vervangen)`
      + (r.skipped_rows ? `; ${r.skipped_rows} ${r.skipped_rows === 1 ? 'regel' : 'regels'} overgeslagen van ${r.skipped.map((x) => x.region).join(', ')} (regio niet bekend in inclusio).` : '.'),
  });
}

export default async function banen({ query }) {
  const u = session.user();
  const munis = await refdata.municipalities();
  const own = (u.municipalities || []).map((m) => (typeof m === 'object' ? m.code : m));
  const muni = query.get('gemeente') || own[0] || 'zoetermeer';
  const scope = query.get('schaal') === 'regio' ? 'regio' : 'gemeente';
  const date = query.get('peildatum') || lastQuarterEnd();
  const m = munis.find((x) => x.code === muni) || { code: muni, name: muni, region: '' };
  const region = m.region || 'ZHC';
  const params = scope === 'regio' ? { region, date, from: '2018-01-01' } : { municipality: muni, date, from: '2018-01-01' };
  const [rep, tg] = await Promise.all([api.get('/reports/banen', params), api.get('/banen/targets', { municipality: muni })]);
  const targets = tg.targets || [];
  const levels = targetLevels(scope, targets);
  const points = (rep.trend || []).map((p) => ({
    date: p.date,
    value: scope === 'gemeente' ? p.own_fte : p.banen,
    target: levels[yearOf(p.date)] ?? null,
  }));
  const unit = scope === 'gemeente' ? 'fte' : 'banen';
  const where = scope === 'gemeente' ? `${m.name} als werkgever` : `regio ${region}`;
  const audit = targets.filter((t) => t.scope === 'gemeente' && t.kind === 'banenafspraak');
  const regional = rep.regional_targets || [];
  const du = rep.durability || {};
  const wc = rep.work_company || {};
  const t = rep.target;

  return page('Banenafspraak',
    takeFlash(),
    pageHeader('Banenafspraak', {
      lead: 'Banen voor mensen uit het doelgroepregister op een peildatum. Eén baan is 25,5 uur per week; de doelen van de gemeente als werkgever zijn in fte (36 uur).',
      actions: session.can('banen.records.write') ? [h('a', { class: 'button', href: '#/banen/nieuw' }, 'Dienstverband registreren')] : null,
    }),
    filterForm(munis, { scope, muni, date }),
    h('h2', null, `Stand op ${fmt.date(rep.date)} – ${scope === 'gemeente' ? m.name : 'regio ' + region}`),
    h('ul', { class: 'stats', 'aria-label': 'Kerncijfers' },
      h('li', { class: 'stat' }, h('span', { class: 'stat-figure' }, count(rep.people, rep)), h('span', { class: 'stat-label' }, 'personen')),
      h('li', { class: 'stat' }, h('span', { class: 'stat-figure' }, n2(rep.banen)), h('span', { class: 'stat-label' }, 'banen (25,5 uur)')),
      h('li', { class: 'stat' }, h('span', { class: 'stat-figure' }, n2(rep.fte)), h('span', { class: 'stat-label' }, 'fte (36 uur)')),
      h('li', { class: 'stat' }, h('span', { class: 'stat-figure' }, n2(rep.hours)), h('span', { class: 'stat-label' }, 'uren per week'))),
    t ? h('p', { class: `notice ${rep.goal_met ? 'notice-success' : 'notice-warning'}` },
      `Doel ${t.year} eigen organisatie: ${n2(t.value)} fte, gerealiseerd op ${fmt.date(rep.date)}: ${n2(t.realised)} fte. Doel gehaald: ${rep.goal_met ? 'Ja' : 'Nee'}.`) : null,
    regional.length ? regionalTargets(region, regional) : null,

    h('h2', { id: 'trend' }, 'Trend per kwartaal'),
    h('figure', { class: 'chart-figure' },
      trendChart(points, {
        unit,
        title: `Trend banenafspraak ${where}, in ${unit}`,
        desc: `Gerealiseerd per kwartaaleinde en de doellijn; dezelfde cijfers staan in de tabel hieronder.`,
      }),
      h('figcaption', null, `Gerealiseerd (${unit}) per kwartaaleinde voor ${where}, met het doel van het jaar als stippellijn.`)),
    table(`Trend per kwartaal, ${where}`, [
      { label: 'Peildatum', cell: (p) => fmt.date(p.date) },
      { label: `Gerealiseerd (${unit})`, cell: (p) => n2(p.value), numeric: true },
      { label: `Doel (${unit})`, cell: (p) => n2(p.target), numeric: true },
    ], points, { empty: 'Geen kwartalen in deze periode.' }),

    h('h2', { id: 'rekenkamer' }, `Doelen en realisatie ${m.name} als werkgever`),
    h('p', null, 'Zoals in tabel 3 van de rekenkamercommissie: de doelstelling in fte tegenover de realisatie op de peildatum van het jaar (31 december), inclusief proefplaatsingen en detacheringen.'),
    table(`Doelstelling en gerealiseerde banen ${m.name}`, [
      { label: 'Jaar', cell: (r) => String(r.year) },
      { label: 'Doelstelling (fte)', cell: (r) => n2(r.value), numeric: true },
      { label: 'Gerealiseerd (fte)', cell: (r) => n2(r.realised), numeric: true },
      { label: 'Peildatum', cell: (r) => fmt.date(r.measured_on || r.peildatum) },
      { label: 'Doel gehaald', cell: (r) => r.doel_gehaald },
    ], audit, { empty: 'Voor deze gemeente zijn geen doelen vastgelegd.' }),

    h('h2', null, 'Uitsplitsingen'),
    rep.suppressed !== undefined || Object.keys(rep).some((k) => k.startsWith('by_') && rep[k].some((r) => r.suppressed))
      ? h('p', { class: 'meta' }, 'Groepen van minder dan 5 personen staan als "minder dan 5"; "afgeschermd" is een groep die '
        + 'niet klein is, maar verborgen is om te voorkomen dat een kleine groep uit de andere cijfers en het totaal is af te leiden.')
      : null,
    breakdown('Per sector', rep.by_sector, (r) => L.label('banen_sector', r.sector)),
    breakdown('Per doelgroep', rep.by_target_group, (r) => L.label('banen_group', r.target_group)),
    breakdown('Per instrument', rep.by_instrument, (r) => L.label('instrument', r.instrument)),
    breakdown('Per contractvorm', rep.by_contract_type, (r) => L.label('contract_type', r.contract_type)),
    breakdown('Per herkomst', rep.by_source, (r) => L.label('banen_source', r.source)),
    breakdown('Per werkgever', rep.by_employer, (r) => r.employer_name),
    rep.by_department ? breakdown('Per afdeling', rep.by_department, (r) => `${r.employer_name} – ${r.department}`) : null,
    breakdown('Per gemeente', rep.by_municipality, (r) => r.name),

    h('h2', null, 'Duurzaamheid'),
    details([
      ['Aandeel vaste contracten', pct(du.share_permanent_pct)],
      ['Mediane duur', du.median_duration_days !== null && du.duration_records ? `${du.median_duration_days} dagen` : '–'],
      ['Na 6 maanden nog in dienst', `${pct(du.share_still_employed_6_months_pct)} (${count(du.still_employed_6_months, du, 'still_employed_6_months')} van ${count(du.cohort_6_months, du, 'cohort_6_months')})`],
      ['Na 12 maanden nog in dienst', `${pct(du.share_still_employed_12_months_pct)} (${count(du.still_employed_12_months, du, 'still_employed_12_months')} van ${count(du.cohort_12_months, du, 'cohort_12_months')})`],
      ['Proefplaatsingen omgezet in een contract', `${count(du.trials_converted, du, 'trials_converted')} van ${count(du.trials_ended, du, 'trials_ended')} (${pct(du.share_trials_converted_pct)})`],
    ]),
    table('Duurzame plaatsingen per instrument: na 6 en 12 maanden nog aan het werk', [
      { label: 'Instrument', cell: (r) => L.label('instrument', r.instrument) },
      { label: 'Gestart ≥ 6 mnd geleden', cell: (r) => count(r.cohort_6_months, r, 'cohort_6_months'), numeric: true },
      { label: 'Na 6 mnd aan het werk', cell: (r) => `${count(r.still_working_6_months, r, 'still_working_6_months')} (${pct(r.share_still_working_6_months_pct)})`, numeric: true },
      { label: 'Gestart ≥ 12 mnd geleden', cell: (r) => count(r.cohort_12_months, r, 'cohort_12_months'), numeric: true },
      { label: 'Na 12 mnd aan het werk', cell: (r) => `${count(r.still_working_12_months, r, 'still_working_12_months')} (${pct(r.share_still_working_12_months_pct)})`, numeric: true },
    ], (rep.durability_by_instrument || []).filter((r) => r.instrument !== 'geen')),
    h('h2', null, 'Plaatsingen werkbedrijf'),
    details([
      ['Loonkostensubsidie bij externe werkgevers', `${count(wc.loonkostensubsidie_external, wc, 'loonkostensubsidie_external')} personen`],
      ['Beschut werk', `${count(wc.beschut_werk, wc, 'beschut_werk')} plekken${wc.beschut_werk_task !== null && wc.beschut_werk_task !== undefined ? ` (taakstelling ${n2(wc.beschut_werk_task)}; gehaald: ${wc.beschut_werk_task_met ? 'Ja' : 'Nee'})` : ''}`],
      ['Direct Werk (dit kalenderjaar)', `${count(wc.direct_werk_placements, wc, 'direct_werk_placements')} plaatsingen bij ${count(wc.direct_werk_employers, wc, 'direct_werk_employers')} werkgevers`],
    ]),
    session.can('banen.uwv.import') ? uwvImport() : null);
}
