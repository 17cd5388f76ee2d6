// Municipality settings (beheer): per municipality its local postcode areas (its own and its
// region's) and, per policy version, the PSO table: which share of the social-return obligation a
// company's PSO certificate covers at each level. GET/PUT /municipalities/{code}/postcodes,
// GET /municipalities/{code}/pso-tables, PUT/DELETE .../pso-tables/{from}/levels/{level}.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as ref from '../refdata.js';
import { go, href, render } from '../router.js';
import { page, pageHeader, table, setFlash, takeFlash } from '../components.js';
import * as L from '../labels.js';

// The PSO levels in the API's order; their names come from the label table ('trede-1' -> 'trede 1').
export const PSO_LEVELS = ['aspirant', 'basistrede', 'trede-1', 'trede-2', 'trede-3'];
export const psoLevel = (code) => L.label('pso_level', code);

function chooser(munis, current) {
  const form = new Form({
    id: 'municipality-form', submitLabel: 'Toon',
    onSubmit: async (f) => { go(href('/instellingen', { gemeente: f.raw('gemeente') }).slice(1)); },
  });
  form.add('gemeente', 'Gemeente', { kind: 'select', options: ref.municipalityOptions(munis), value: current.code, plain: true, id: 'settings-municipality' });
  return h('div', { class: 'filters settings-chooser' }, h('h2', { class: 'visually-hidden' }, 'Gemeente kiezen'), form.el);
}

function postcodeSection(m, areas) {
  const form = new Form({
    id: 'postcode-form', submitLabel: 'Postcodegebieden opslaan',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await api.put(`/municipalities/${encodeURIComponent(m.code)}/postcodes`, { postcodes: values.postcodes || '', region: values.region || '' });
        setFlash(`De postcodegebieden van ${m.name} zijn opgeslagen.`);
        render();
      } catch (err) { f.showApiError(err); }
    },
  });
  const hint = 'Viercijferige postcodes en reeksen, gescheiden door komma\'s, bijvoorbeeld 2711-2729, 2730.';
  form.add('postcodes', `Postcodegebieden van ${m.name}`, { value: areas.postcodes, plain: true, id: 'postcodes-own', hint: `${hint} Leeg: alleen bedrijven die in ${m.name} gevestigd zijn.`, maxlength: 900 });
  form.add('region', 'Postcodegebieden van de regio', { value: areas.region, plain: true, id: 'postcodes-region', hint: `Buiten ${m.name}, maar in de regio. ${hint} Leeg: geen.`, maxlength: 900 });
  return h('section', { 'aria-labelledby': 'postcodes-title' },
    h('h2', { id: 'postcodes-title' }, 'Lokale postcodegebieden'),
    h('p', null, 'Een bedrijf dat gevestigd is in een van deze gebieden, is lokaal. Dat telt mee voor de voorkeur voor bedrijven met een SEBO-keurmerk en in het formulier om bedrijven uit te nodigen voor een offerte.'),
    h('p', null, `De eigen gebieden van ${m.name} bepalen ook of een kandidaat inwoner is, als van de kandidaat alleen het postcodegebied bekend is.`),
    form.el);
}

// Percentage 0 to 100 with at most two decimals, as typed in Dutch ("50", "12,5").
function parsePercent(raw) {
  const n = fmt.parseDecimal(raw.replace(/%\s*$/, ''), 2);
  if (n === null || n < 0 || n > 100) return { error: 'Vul een percentage in van 0 tot en met 100, bijvoorbeeld 50 of 12,5.' };
  return { value: n };
}

function removeButton(m, t, level) {
  const name = `${psoLevel(level)} uit ${t.policy}`;
  const button = h('button', {
    type: 'button', class: 'button button-small button-quiet', 'data-level': level,
    onclick: async () => {
      button.disabled = true;
      try {
        await api.del(`/municipalities/${encodeURIComponent(m.code)}/pso-tables/${t.effective_from}/levels/${level}`);
        setFlash(`${capital(psoLevel(level))} is uit de PSO-tabel van ${t.policy} gehaald.`);
        render();
      } catch (err) {
        button.disabled = false;
        button.after(h('p', { class: 'field-error', role: 'alert' }, err.detail || err.message));
      }
    },
  }, 'Verwijderen', h('span', { class: 'visually-hidden' }, `: ${name}`));
  return button;
}

function capital(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

function levelForm(m, t) {
  const key = t.effective_from;
  const form = new Form({
    id: `pso-form-${key}`, submitLabel: 'Opslaan', className: 'pso-level-form',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await api.put(`/municipalities/${encodeURIComponent(m.code)}/pso-tables/${key}/levels/${values.level}`, { covers_pct: values.covers_pct });
        setFlash(`In ${t.policy} dekt ${psoLevel(values.level)} nu ${fmt.percent(values.covers_pct)} van de verplichting.`);
        render();
      } catch (err) { f.showApiError(err); }
    },
  });
  const cols = h('div', { class: 'form-columns' });
  form.body.append(cols);
  const level = form.add('level', 'Trede', {
    kind: 'select', required: true, container: cols, id: `pso-level-${key}`, placeholder: 'Kies een trede',
    options: PSO_LEVELS.map((c) => ({ value: c, label: psoLevel(c) })),
  });
  const pct = form.add('covers_pct', 'Gedekt deel van de verplichting', {
    required: true, container: cols, id: `pso-pct-${key}`, unit: '%', width: 's', inputmode: 'decimal',
    parse: parsePercent, api: ['covers_pct', 'covers'],
  });
  // choosing a level that is already in the table shows its percentage, to change it
  level.input.addEventListener('change', () => {
    const v = t.covers_percentage[level.input.value];
    if (v !== null && v !== undefined) pct.input.value = fmt.number(v);
  });
  return form.el;
}

function policyTable(m, t) {
  const key = t.effective_from;
  const titleId = `pso-policy-${key}`;
  const rows = PSO_LEVELS.map((level) => ({ level, pct: t.covers_percentage ? t.covers_percentage[level] : null }));
  const set = (r) => r.pct !== null && r.pct !== undefined;
  return h('section', { class: 'panel pso-policy', 'aria-labelledby': titleId, id: `pso-${key}` },
    h('h3', { id: titleId }, `${t.policy}, geldt vanaf `, h('span', { class: 'nowrap' }, fmt.date(t.effective_from))),
    h('p', { class: 'pso-accepts' }, t.accepts_pso
      ? 'Dit beleid accepteert PSO.'
      : 'Dit beleid accepteert PSO niet: er is geen trede ingevuld.'),
    table(`PSO-tabel van ${t.policy}`, [
      { label: 'Trede', cell: (r) => psoLevel(r.level), nowrap: true },
      { label: 'Gedekt deel', cell: (r) => (set(r) ? fmt.percent(r.pct) : '–'), numeric: true },
      { label: 'Actie', cell: (r) => (set(r) ? removeButton(m, t, r.level) : '') },
    ], rows, { captionHidden: true, id: `pso-table-${key}` }),
    h('h4', null, 'Trede instellen of wijzigen'),
    levelForm(m, t));
}

function psoSection(m, tables) {
  return h('section', { 'aria-labelledby': 'pso-title' },
    h('h2', { id: 'pso-title' }, 'PSO per beleidsversie'),
    h('p', null, 'Een bedrijf met een PSO-certificaat (Prestatieladder Socialer Ondernemen) heeft al veel mensen met een afstand tot de arbeidsmarkt in dienst. Per beleidsversie legt u vast welk deel van de social-return-verplichting elke trede van het certificaat dekt. De verplichting van lopende contracten verandert meteen mee.'),
    h('p', null, 'Is er geen enkele trede ingevuld, dan accepteert het beleid PSO niet. Zo staan de beleidsversies van Zoetermeer bij de start ingesteld.'),
    tables.length
      ? tables.map((t) => policyTable(m, t))
      : h('p', { class: 'empty', id: 'pso-none' }, `${m.name} heeft nog geen beleid vastgelegd.`));
}

export default async function settings({ query }) {
  const munis = await ref.municipalities();
  if (!munis.length) return page('Gemeente-instellingen', pageHeader('Gemeente-instellingen'), h('p', { class: 'empty' }, 'Er zijn geen gemeenten.'));
  const m = munis.find((x) => x.code === query.get('gemeente')) || munis[0];
  const code = encodeURIComponent(m.code);
  const [areas, pso] = await Promise.all([
    api.get(`/municipalities/${code}/postcodes`), api.get(`/municipalities/${code}/pso-tables`),
  ]);
  return page('Gemeente-instellingen',
    pageHeader('Gemeente-instellingen', { lead: 'Per gemeente: welke postcodegebieden lokaal zijn, en welk deel van de verplichting een PSO-certificaat dekt.' }),
    takeFlash(),
    chooser(munis, m),
    h('p', { class: 'settings-current' }, 'Instellingen van ', h('strong', null, m.name), '.'),
    postcodeSection(m, areas),
    psoSection(m, pso.items || []));
}
