// The council dashboard: the six or seven steering parameters beheer chose, each with value,
// target, "Doel gehaald" and the trend as a chart (web/js/chart.js: drawn at the card's width,
// readable without colour) with the same figures as a table; breakdowns with small counts shown as "<5" (and "afgeschermd"
// for a count hidden only to protect one); anonymised
// stories; and the reports to download. Aggregates only. GET /dashboard.
import { h } from '../dom.js';
import { api } from '../api.js';
import * as session from '../session.js';
import * as refdata from '../refdata.js';
import { page, pageHeader, table, setFlash, takeFlash } from '../components.js';
import { Form } from '../forms.js';
import { href, render } from '../router.js';
import { lineChart } from '../chart.js';

const STORY_ROLES = ['beheer', 'sr-team', 'wsp', 'po'];

const MET_TONE = { Ja: 'good', Nee: 'bad', 'N.v.t.': 'neutral' };

function metBadge(met) {
  return h('span', { class: `badge badge-${MET_TONE[met] || 'neutral'}` }, `Doel gehaald: ${met}`);
}

// The parameter's trend: one point per period (a hidden count "<5" or a missing figure is no
// point), its value written above it, and the target as a dashed line.
function trendChart(p) {
  const pts = p.trend.points;
  if (!pts.length) return null;
  return lineChart({
    id: `trend-${p.code}`,
    title: p.name,
    desc: `Verloop van ${p.name} per periode${typeof p.target === 'number' ? ', met het doel als gestippelde lijn' : ''}. Trend: ${p.trend.direction}.`,
    labels: pts.map((x) => x.period),
    decimals: p.decimals,
    valueLabels: true,
    target: typeof p.target === 'number' ? { value: p.target, text: p.target_text } : null,
    series: [{ name: 'Waarde', values: pts.map((x) => (typeof x.value === 'number' ? x.value : null)), texts: pts.map((x) => x.value_text) }],
  });
}

// The point as the chart shows it (the server formats it with the indicator's decimals).
function pointText(p, unit) {
  return p.value_text + (unit === 'procent' && typeof p.value === 'number' ? ' %' : '');
}

function parameter(p) {
  const trendWord = p.trend.direction === 'stijgend' || p.trend.direction === 'dalend'
    ? `${p.trend.direction} (${p.trend.improving ? 'beter' : 'slechter'})` : p.trend.direction;
  const chart = trendChart(p);
  return h('article', { class: 'card dashboard-param', 'aria-labelledby': `param-${p.code}` },
    h('h3', { id: `param-${p.code}` }, p.name),
    h('p', { class: 'param-value' }, h('span', { class: 'param-figure' }, p.value_text),
      p.unit && p.value !== null ? h('span', { class: 'param-unit' }, ` ${p.unit}`) : null),
    p.definition ? h('p', { class: 'param-definition' }, p.definition) : null,
    h('p', { class: 'meta' }, `Doel: ${p.target_text}`, ' · ', `Trend: ${trendWord}`),
    h('p', null, metBadge(p.goal_met)),
    p.explanation ? h('p', { class: 'meta' }, p.explanation) : null,
    chart ? h('figure', { class: 'param-chart' }, chart) : null,
    h('div', { class: 'param-table' },
      table(`Cijfers van de grafiek: ${p.name} per periode`, [
        { label: 'Periode', cell: (r) => r.period },
        { label: 'Waarde', cell: (r) => pointText(r, p.unit), numeric: true },
      ], p.trend.points, { empty: 'Geen cijfers.' })),
    h('p', { class: 'meta' }, `Bron: ${p.source}`));
}

function breakdown(b) {
  const rows = b.items.concat(b.items.length ? [{ label: 'Totaal', count: b.total }] : []);
  return h('section', { class: 'breakdown', 'aria-labelledby': `bd-${b.dimension}` },
    h('h3', { id: `bd-${b.dimension}` }, b.title),
    h('p', { class: 'meta' }, b.note),
    b.suppression_note ? h('p', { class: 'meta suppression-note' }, b.suppression_note) : null,
    table(b.title, [
      { label: 'Categorie', cell: (r) => r.label },
      { label: 'Aantal personen', cell: (r) => String(r.count), numeric: true },
    ], rows, { empty: 'Geen personen in deze periode.', captionHidden: true }));
}

function reports(muni, year) {
  const api = (kind, q) => `/api/v1/reports/${kind}?${new URLSearchParams({ municipality: muni, year, ...q })}`;
  const periods = [[1, 'januari-april'], [2, 'mei-augustus'], [3, 'september-december']];
  return h('section', { class: 'reports', 'aria-labelledby': 'reports-title' },
    h('h2', { id: 'reports-title' }, 'Rapportages'),
    h('p', null, 'De Rapportage Sociaal Domein (drie keer per jaar) en het jaarverslag van de doelen, als afdrukbare pagina '
      + '(afdrukken geeft een nette PDF) of als Excel-bestand met dezelfde cijfers.'),
    h('ul', { class: 'report-links' },
      periods.map(([p, label]) => h('li', null, `Rapportage Sociaal Domein ${year}-${p} (${label}): `,
        h('a', { href: api('rapportage', { period: p, format: 'html' }), target: '_blank', rel: 'noopener', id: `rapportage-${p}` }, 'pagina'),
        ' · ',
        h('a', { href: api('rapportage', { period: p, format: 'xlsx' }), download: '' }, 'Excel'),
        ' · ',
        h('a', { href: api('rapportage', { period: p, format: 'csv', table: 'stuurparameters' }), download: '' }, 'CSV stuurparameters'))),
      h('li', null, `Jaarverslag doelen ${year}: `,
        h('a', { href: api('jaarverslag', { format: 'html' }), target: '_blank', rel: 'noopener', id: 'jaarverslag' }, 'pagina'),
        ' · ',
        h('a', { href: api('jaarverslag', { format: 'xlsx' }), download: '' }, 'Excel'),
        ' · ',
        h('a', { href: api('jaarverslag', { format: 'csv', table: 'financien' }), download: '' }, 'CSV financiën'))));
}

// Beheer: choose the steering parameters (at most seven, in the order of the list).
function chooser(muni, goals, chosen) {
  const all = [];
  for (const g of goals) for (const i of g.indicators) all.push({ ...i, goal: `${g.code} ${g.name}` });
  const order = (code) => { const k = chosen.indexOf(code); return k < 0 ? 1000 : k; };
  all.sort((a, b) => order(a.code) - order(b.code));
  const form = new Form({
    id: 'parameters-form',
    submitLabel: 'Stuurparameters opslaan',
    onSubmit: async (f) => {
      const picked = all.filter((i) => f.raw(`p-${i.code}`)).map((i) => i.code);
      if (picked.length < 1 || picked.length > 7) {
        f.showErrors([{ message: `Kies één tot zeven stuurparameters (nu ${picked.length}).` }]);
        return;
      }
      try {
        await api.put('/dashboard/parameters', { municipality: muni, indicators: picked });
      } catch (err) { f.showApiError(err); return; }
      setFlash('De stuurparameters zijn opgeslagen.');
      render();
    },
  });
  for (const i of all)
    form.add(`p-${i.code}`, `${i.name} (${i.goal}; ${i.computation ? 'berekend' : `bron: ${i.source}`})`,
      { kind: 'checkbox', checked: chosen.includes(i.code) });
  return h('section', { class: 'panel dashboard-admin', 'aria-labelledby': 'choose-title' },
    h('h2', { id: 'choose-title' }, 'Stuurparameters kiezen'),
    h('p', null, 'Kies zes of zeven indicatoren voor de raad. De volgorde op het dashboard is de volgorde in deze lijst.'),
    form.el);
}

// Staff: attach a short anonymised story to a goal.
function storyForm(muni, year, goals) {
  const form = new Form({
    id: 'story-form',
    submitLabel: 'Verhaal toevoegen',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      const [programme, goal] = values.goal.split('|');
      try {
        await api.post('/goals/stories', { municipality: muni, programme, goal, year, title: values.title, text: values.text });
      } catch (err) {
        f.showErrors([{ field: err.field === 'body' ? 'text' : err.field, message: err.detail || err.message }]);
        return;
      }
      setFlash('Het verhaal is toegevoegd.');
      render();
    },
  });
  form.add('goal', 'Doel', { kind: 'select', required: true, placeholder: 'Kies een doel',
    options: goals.map((g) => ({ value: `${g.programme}|${g.code}`, label: `${g.code} ${g.name}` })) });
  form.add('title', 'Titel', { required: true, maxlength: 150, width: 'l' });
  form.add('text', 'Verhaal', { kind: 'textarea', required: true, maxlength: 1500, api: ['text', 'body'],
    hint: 'Anoniem: geen namen, geen BSN of andere nummers van personen, geen e-mailadressen.' });
  return h('section', { class: 'panel dashboard-admin', 'aria-labelledby': 'story-title' },
    h('h2', { id: 'story-title' }, 'Verhaal toevoegen'),
    h('p', null, `Een kort verhaal over de mensen achter de cijfers, bij een doel van ${year}.`),
    form.el);
}

// The year and municipality filter of both views; muni '' selects "Alle gemeenten".
function filterForm(years, year, munis, muni, name) {
  return h('form', { class: 'filters', onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    window.location.hash = href('/dashboard', { jaar: f.get('jaar'), gemeente: f.get('gemeente') || undefined });
  } },
  h('label', { for: 'jaar' }, 'Jaar'),
  h('select', { id: 'jaar', name: 'jaar' }, years.map((y) => h('option', { value: String(y), selected: y === year }, String(y)))),
  munis.length > 1 ? [h('label', { for: 'gemeente' }, 'Gemeente'),
    h('select', { id: 'gemeente', name: 'gemeente' }, h('option', { value: '', selected: muni === '' }, 'Alle gemeenten'),
      munis.map((m) => h('option', { value: m, selected: m === muni }, name(m))))] : null,
  h('button', { type: 'submit', class: 'button button-secondary' }, 'Toon'));
}

// A user serving several municipalities first sees all of them: per municipality its steering
// parameters (value, target, goal met) and a link to its full dashboard.
async function overview(munis, year, years) {
  const [names, boards] = await Promise.all([refdata.municipalities(),
    Promise.all(munis.map((m) => api.get('/dashboard', { municipality: m, year })))]);
  const name = (code) => (names.find((m) => m.code === code) || { name: code }).name;
  const form = filterForm(years, year, munis, '', name);
  return page('Dashboard sociaal domein',
    pageHeader(`Dashboard sociaal domein: alle gemeenten ${year}`, {
      lead: 'De stuurparameters van elke gemeente die u bedient. Kies een gemeente voor haar grafieken, uitsplitsingen, verhalen en rapportages.',
    }),
    form,
    boards.map((d) => h('section', { class: 'dashboard-municipality', 'aria-labelledby': `muni-${d.municipality}` },
      h('h2', { id: `muni-${d.municipality}` }, d.municipality_name || name(d.municipality)),
      table(`Stuurparameters ${d.municipality_name || name(d.municipality)} ${d.year}`, [
        { label: 'Stuurparameter', cell: (p) => p.name },
        { label: 'Waarde', cell: (p) => (p.unit && p.value !== null ? `${p.value_text} ${p.unit}` : p.value_text), numeric: true },
        { label: 'Doel', cell: (p) => p.target_text },
        { label: 'Doel gehaald', cell: (p) => p.goal_met },
      ], d.parameters, { empty: 'Beheer heeft nog geen stuurparameters gekozen.', captionHidden: true }),
      h('p', null, h('a', { href: href('/dashboard', { jaar: year, gemeente: d.municipality }) },
        `Dashboard van ${d.municipality_name || name(d.municipality)}`)))));
}

export default async function dashboard({ query }) {
  const user = session.user() || {};
  const munis = user.municipalities || [];
  const thisYear = new Date().getFullYear();
  const year = Number(query.get('jaar')) || thisYear;
  if (!query.get('gemeente') && munis.length > 1) {
    const choices = [];
    for (let y = thisYear; y >= thisYear - 10; y--) choices.push(y);
    return overview(munis, year, choices);
  }
  const muni = query.get('gemeente') || munis[0] || 'zoetermeer';
  const data = await api.get('/dashboard', { municipality: muni, year });
  const years = [];
  for (let y = thisYear; y >= thisYear - 10; y--) years.push(y);
  const names = munis.length > 1 ? await refdata.municipalities() : [];
  const form = filterForm(years, year, munis, muni, (code) => (names.find((m) => m.code === code) || { name: code }).name);
  const role = session.role();
  const canChoose = role === 'beheer';
  const canStory = STORY_ROLES.includes(role);
  const goals = canChoose || canStory ? (await api.get('/goals', { municipality: data.municipality, year })).goals : [];
  return page('Dashboard sociaal domein',
    takeFlash(),
    pageHeader(`Dashboard sociaal domein ${data.municipality_name} ${data.year}`, {
      lead: `Stuurparameters met waarde, doel en trend; peildatum ${data.peildatum.split('-').reverse().join('-')}. `
        + 'Alleen totalen: aantallen onder de 5 staan als "<5"; een aantal dat alleen verborgen is om zo\'n klein '
        + 'aantal te beschermen staat als "afgeschermd". Nooit gegevens van personen.',
    }),
    form,
    h('h2', null, 'Stuurparameters'),
    data.parameters.length
      ? h('div', { class: 'dashboard-grid' }, data.parameters.map(parameter))
      : h('p', { class: 'empty' }, 'Beheer heeft nog geen stuurparameters gekozen.'),
    h('h2', null, 'Uitsplitsingen'),
    data.breakdowns.map(breakdown),
    h('h2', null, 'De mensen achter de cijfers'),
    data.stories.length
      ? h('ul', { class: 'stories' }, data.stories.map((s) => h('li', null, h('h3', null, s.title),
        h('p', { class: 'meta' }, s.goal), h('p', null, s.text))))
      : h('p', { class: 'empty' }, 'Voor dit jaar zijn geen verhalen vastgelegd.'),
    reports(data.municipality, data.year),
    canStory ? storyForm(data.municipality, data.year, goals) : null,
    canChoose ? chooser(data.municipality, goals, data.parameters.map((p) => p.code)) : null);
}
