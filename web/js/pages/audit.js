// Audit log (beheer): who changed what and when. Filterable by kind of record; paginated.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as model from '../model.js';
import * as ref from '../refdata.js';
import { page, pageHeader, table, pagination } from '../components.js';
import { go, href } from '../router.js';

// Record kinds and actions in Dutch; a line reads as a sentence: "inkoop (gebruiker 3) heeft
// contract 12 aangemaakt: kenmerk ZTM-2026-001, opdrachtwaarde € 200.000,00."
const ENTITY = {
  contract: ['het contract', 'Contracten'], realisation: ['de realisatie', 'Realisaties'], user: ['de gebruiker', 'Gebruikers'],
  session: ['de sessie', 'Inloggen'], vacancy: ['de vacature', 'Vacatures'], proposal: ['het voorstel', 'Voorstellen'],
  placement: ['de plaatsing', 'Plaatsingen'], employer: ['de werkgever', 'Werkgevers'], employer_contact: ['de contactpersoon', 'Contactpersonen'],
  contact_moment: ['het contactmoment', 'Contactmomenten'], question: ['de vraag', 'Vragen'], candidate: ['de kandidaat', 'Kandidaten'],
  event: ['het evenement', 'Evenementen'], skill: ['de vaardigheid', 'Vaardigheden'], employment_record: ['de banenafspraak-registratie', 'Banenafspraak'],
  banen_target: ['het banenafspraakdoel', 'Banenafspraakdoelen'], municipal_employer: ['de gemeente als werkgever', 'Gemeente als werkgever'],
  organisation: ['de organisatie', 'Organisaties'], municipality: ['de gemeente', 'Gemeenten'], procurement: ['de inkoop', 'Inkoop'],
  sebo_holder: ['de SEBO-keurmerkhouder', 'SEBO-keurmerkhouders'], sebo_certificate: ['het SEBO-keurmerk', 'SEBO-keurmerken'],
  goal: ['het doel', 'Doelen'], indicator: ['de indicator', 'Indicatoren'], programme: ['het programma', 'Programma\'s'], story: ['het verhaal', 'Verhalen'],
};
const ENTITIES = Object.entries(ENTITY).map(([value, [, label]]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));

const ACTION = {
  create: 'aangemaakt', update: 'gewijzigd', delete: 'verwijderd', verify: 'geverifieerd', reject: 'afgewezen',
  contact: 'het eerste contact vastgelegd bij', 'yearly-report': 'een jaarverslag ingediend bij', disable: 'geblokkeerd',
  password: 'het wachtwoord gewijzigd van', import: 'geïmporteerd', login: 'ingelogd', logout: 'uitgelogd', answer: 'beantwoord',
  attend: 'de aanwezigheid vastgelegd bij', apply: 'aangevraagd', status: 'de status gewijzigd van', evidence: 'bewijs toegevoegd aan',
  'set-value': 'een waarde vastgelegd bij', 'set-target': 'een streefwaarde vastgelegd bij', 'set-finance': 'de financiering vastgelegd bij',
  'set-dashboard': 'het dashboard ingesteld voor', outcome: 'de uitkomst vastgelegd van',
};
// Actions written as "heeft <x> <verb>" (the rest read "heeft <verb> <x>").
const VERB_LAST = new Set(['create', 'update', 'delete', 'verify', 'reject', 'disable', 'import', 'answer', 'apply']);

// Detail keys in Dutch, and how their values read: amounts in euros, dates as dd-mm-jjjj.
const KEY = {
  reference: 'kenmerk', municipality: 'gemeente', contractor_kvk: 'KvK opdrachtnemer', kvk: 'KvK', value: 'waarde', obligation: 'verplichting',
  amount: 'bedrag', counted_days: 'getelde dagen', block: 'bouwblok', contract: 'contract', person: 'persoon', employer: 'werkgever',
  kind: 'soort', vacancy: 'vacature', candidate: 'kandidaat', start: 'start', start_date: 'startdatum', end_date: 'einddatum', score: 'score',
  wanted: 'gevraagd aantal', status: 'status', consent: 'toestemming', username: 'gebruikersnaam', role: 'rol',
  organisation: 'organisatie', municipalities: 'gemeenten', attended: 'aanwezig', year: 'jaar', date: 'datum', reason: 'reden',
  outcome: 'uitkomst', department: 'afdeling', procedure: 'procedure', invited: 'uitgenodigd', rule: 'regel', name: 'naam', code: 'code',
  title: 'titel', applied_on: 'aangevraagd op', peildatum: 'peildatum', unit: 'eenheid', sector: 'sector', scope: 'niveau',
  realisation_id: 'realisatie', person_id: 'persoon', created: 'nieuw', holder_id: 'keurmerkhouder', year_no: 'contractjaar',
  award_date: 'gunningsdatum', placement: 'plaatsing', source: 'bron', established: 'gevestigd in', contact_date: 'contactdatum',
  year_from: 'van jaar', year_to: 'tot en met jaar', by_hand: 'met de hand voorgesteld',
};
const MONEY = new Set(['value', 'obligation', 'amount', 'verified', 'reported']);
const SKIP = new Set(['person', 'person_id']);  // internal numbers that tell a reader nothing

function valueText(key, v, munis) {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (MONEY.has(key) && typeof v === 'number') return fmt.euro(v);
  if (key === 'score' && typeof v === 'number') return fmt.number(v / 100);
  if (key === 'municipality' && munis.has(v)) return munis.get(v);
  if (key === 'role') return fmt.label(fmt.ROLE, v);
  if (Array.isArray(v)) return v.length ? v.map((x) => valueText(key, x, munis)).join(', ') : 'geen';
  if (typeof v === 'number' && /year|jaar/.test(key)) return String(v);  // 2023, not 2.023
  if (typeof v === 'number') return fmt.number(v);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:]+Z?)?$/.test(v)) return v.length > 10 ? fmt.dateTime(v) : fmt.date(v);
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${KEY[k] || k} ${valueText(k, x, munis)}`).join(', ');
  return String(v);
}

export function detailText(d, munis = new Map()) {
  if (d === null || d === undefined || d === '') return '';
  if (typeof d === 'string') {
    try { d = JSON.parse(d); } catch { return d; }
  }
  if (typeof d !== 'object') return String(d);
  return Object.entries(d).filter(([k]) => !SKIP.has(k)).map(([k, v]) => `${KEY[k] || k.replace(/_/g, ' ')} ${valueText(k, v, munis)}`).join(', ');
}

// "user:3 inkoop" -> "inkoop (gebruiker 3)"; "cli" -> "de opdrachtregel"; "demo" -> "de demodata".
export function actorText(actor) {
  const m = /^user:(\d+)\s+(.*)$/.exec(actor || '');
  if (m) return `${m[2]} (gebruiker ${m[1]})`;
  return { cli: 'de opdrachtregel', demo: 'de demodata', system: 'het systeem' }[actor] || actor || 'onbekend';
}

export function sentenceFor(a, munis = new Map()) {
  const [noun] = ENTITY[a.entity] || [`het gegeven (${a.entity})`];
  const what = `${noun}${a.entity_id ? ` ${a.entity_id}` : ''}`;
  const verb = ACTION[a.action] || a.action;
  const core = VERB_LAST.has(a.action) || !ACTION[a.action] ? `${what} ${verb}` : `${verb} ${what}`;
  const detail = detailText(a.detail, munis);
  const text = `${actorText(a.actor)} heeft ${core}${detail ? `: ${detail}` : ''}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function entityCell(a) {
  const [noun] = ENTITY[a.entity] || [a.entity];
  const name = `${noun.replace(/^(de|het) /, '')}${a.entity_id ? ` ${a.entity_id}` : ''}`;
  const text = name.charAt(0).toUpperCase() + name.slice(1);
  return a.entity === 'contract' && a.entity_id ? h('a', { href: `#/contracten/${a.entity_id}` }, text) : text;
}

export default async function audit({ query }) {
  const params = { page: query.get('page') || 1, per_page: 50, entity: query.get('entity') || '', entity_id: query.get('entity_id') || '' };
  const [data, muniList] = await Promise.all([api.get('/audit', params), ref.municipalities()]);
  const list = model.list(data);
  const munis = new Map(muniList.map((m) => [m.code, m.name]));
  const form = new Form({
    id: 'audit-filter', submitLabel: 'Filteren', secondary: h('a', { href: '#/audit' }, 'Filters wissen'),
    onSubmit: async (f) => {
      const id = f.raw('entity_id');
      if (id && !/^\d+$/.test(id)) { f.showErrors([{ field: 'entity_id', message: 'Het nummer bestaat alleen uit cijfers.' }]); return; }
      go(href('/audit', { entity: f.raw('entity'), entity_id: id }).slice(1));
    },
  });
  form.add('entity', 'Soort gegeven', { kind: 'select', options: ENTITIES, placeholder: 'Alles', value: params.entity, plain: true });
  form.add('entity_id', 'Nummer', { value: params.entity_id, plain: true, inputmode: 'numeric', hint: 'Bijvoorbeeld het nummer van een contract.', hintHidden: true });
  return page('Auditlog',
    pageHeader('Auditlog', { lead: 'Elke wijziging van contracten, realisaties en gebruikers: wie, wanneer en wat. Een BSN staat hier nooit in.' }),
    h('div', { class: 'filters' }, h('h2', { class: 'visually-hidden' }, 'Filters'), form.el),
    table('Auditlog', [
      { label: 'Tijdstip', cell: (a) => fmt.dateTime(a.at), nowrap: true },
      { label: 'Gegeven', cell: entityCell, nowrap: true, rowHeader: false },
      { label: 'Wat er gebeurde', cell: (a) => h('span', { class: 'audit-detail' }, sentenceFor(a, munis)) },
    ], list.items, { empty: 'Geen regels in het auditlog.', captionHidden: true, id: 'audit-table' }),
    pagination(list.page, list.per_page, list.total, (p) => href('/audit', { entity: params.entity, entity_id: params.entity_id, page: p })));
}
