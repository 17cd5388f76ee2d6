// Audit log (beheer): who changed what and when. Filterable by kind of record; paginated.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as model from '../model.js';
import * as ref from '../refdata.js';
import { page, pageHeader, table, pagination } from '../components.js';
import { go, href } from '../router.js';
import { catalogues } from '../catalogue.js';
import * as L from '../labels.js';

// Record kinds, actions and detail keys come from the label table (audit_entity, audit_noun,
// audit_action, audit_key); a line reads as a sentence: "inkoop (gebruiker 3) heeft het contract 12
// aangemaakt: kenmerk ZTM-2026-001, waarde € 200.000,00."
// Actions written as "heeft <x> <verb>" (the rest read "heeft <verb> <x>").
const VERB_LAST = new Set(['create', 'update', 'delete', 'verify', 'reject', 'disable', 'import', 'answer', 'apply']);

// Detail values that are codes: the label list they belong to, by key (and by kind of record
// where one key means different things).
const CODE_LIST = {
  procedure: 'procedure', category: 'category', role: 'role', rule: 'sebo_outcome', criterion: 'sebo_criterion',
  from: 'sebo_holder_status', to: 'sebo_holder_status', kinds: 'category', sector: 'banen_sector', scope: 'banen_scope',
  contract_type: 'contract_type', instrument: 'instrument', target_group: 'target_group', source: 'banen_source',
};
const CODE_LIST_BY_ENTITY = {
  status: { realisation: 'realisation_status', vacancy: 'vacancy_status', sebo_certificate: 'sebo_holder_status', sebo_holder: 'sebo_holder_status' },
  outcome: { proposal: 'proposal_outcome' },
  kind: { contact_moment: 'contact_moment', sebo_certificate: 'sebo_certificate_kind', banen_target: 'instrument' },
};
const MUNICIPALITY_KEYS = new Set(['municipality', 'municipalities', 'established', 'scope_code']);
const keyText = (k) => { const l = L.label('audit_key', k); return l === k.replace(/-/g, ' ') ? k.replace(/_/g, ' ') : l; };
const MONEY = new Set(['value', 'obligation', 'amount', 'verified', 'reported']);
const SKIP = new Set(['person', 'person_id']);  // internal numbers that tell a reader nothing

// ctx: { munis: Map code -> name, blocks: Map code -> name, entity }
function valueText(key, v, ctx) {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (MONEY.has(key) && typeof v === 'number') return fmt.euro(v);
  if (key === 'score' && typeof v === 'number') return fmt.number(v / 100);
  if (Array.isArray(v)) return v.length ? v.map((x) => valueText(key, x, ctx)).join(', ') : 'geen';
  if (typeof v === 'string') {
    if (MUNICIPALITY_KEYS.has(key) && ctx.munis.has(v)) return ctx.munis.get(v);
    if (key === 'block' && ctx.blocks.has(v)) return ctx.blocks.get(v);
    const list = CODE_LIST[key] || (CODE_LIST_BY_ENTITY[key] || {})[ctx.entity];
    if (list) return L.label(list, v);
  }
  if (typeof v === 'number' && /year|jaar/.test(key)) return String(v);  // 2023, not 2.023
  if (typeof v === 'number') return fmt.number(v);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:]+Z?)?$/.test(v)) return v.length > 10 ? fmt.dateTime(v) : fmt.date(v);
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${keyText(k)} ${valueText(k, x, ctx)}`).join(', ');
  return String(v);
}

export function detailText(d, ctx = {}) {
  const c = { munis: new Map(), blocks: new Map(), entity: '', ...ctx };
  if (d === null || d === undefined || d === '') return '';
  if (typeof d === 'string') {
    try { d = JSON.parse(d); } catch { return d; }
  }
  if (typeof d !== 'object') return String(d);
  return Object.entries(d).filter(([k]) => !SKIP.has(k)).map(([k, v]) => `${keyText(k)} ${valueText(k, v, c)}`).join(', ');
}

export const actorText = L.actor;

const known = (list, code) => Boolean(L.all()[list] && L.all()[list][code]);

export function sentenceFor(a, ctx = {}) {
  const noun = known('audit_noun', a.entity) ? L.label('audit_noun', a.entity) : `het gegeven (${a.entity})`;
  const what = `${noun}${a.entity_id ? ` ${a.entity_id}` : ''}`;
  const verb = known('audit_action', a.action) ? L.label('audit_action', a.action) : a.action;
  const core = VERB_LAST.has(a.action) || !known('audit_action', a.action) ? `${what} ${verb}` : `${verb} ${what}`;
  const detail = detailText(a.detail, { ...ctx, entity: a.entity });
  const text = `${actorText(a.actor)} heeft ${core}${detail ? `: ${detail}` : ''}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function entityCell(a) {
  const noun = L.label('audit_noun', a.entity);
  const name = `${noun.replace(/^(de|het) /, '')}${a.entity_id ? ` ${a.entity_id}` : ''}`;
  const text = name.charAt(0).toUpperCase() + name.slice(1);
  return a.entity === 'contract' && a.entity_id ? h('a', { href: `#/contracten/${a.entity_id}` }, text) : text;
}

export default async function audit({ query }) {
  const params = { page: query.get('page') || 1, perPage: 50, entity: query.get('entity') || '', entity_id: query.get('entity_id') || '' };
  const { entity_id: entityId, ...rest } = params;
  const [data, muniList, catalogueList] = await Promise.all([api.get('/audit', { ...rest, entityId }), ref.municipalities(), catalogues()]);
  const list = model.list(data);
  const munis = new Map(muniList.map((m) => [m.code, m.name]));
  // building blocks by code over all catalogues (a newer catalogue's name wins)
  const blocks = new Map(catalogueList.flatMap((c) => c.blocks.map((b) => [b.code, b.name])));
  const form = new Form({
    id: 'audit-filter', submitLabel: 'Filteren', secondary: h('a', { href: '#/audit' }, 'Filters wissen'),
    onSubmit: async (f) => {
      const id = f.raw('entity_id');
      if (id && !/^\d+$/.test(id)) { f.showErrors([{ field: 'entity_id', message: 'Het nummer bestaat alleen uit cijfers.' }]); return; }
      go(href('/audit', { entity: f.raw('entity'), entity_id: id }).slice(1));
    },
  });
  form.add('entity', 'Soort gegeven', { kind: 'select', options: L.options('audit_entity').sort((x, y) => x.label.localeCompare(y.label, 'nl')), placeholder: 'Alles', value: params.entity, plain: true });
  form.add('entity_id', 'Nummer', { value: params.entity_id, plain: true, inputmode: 'numeric', hint: 'Bijvoorbeeld het nummer van een contract.', hintHidden: true });
  return page('Auditlog',
    pageHeader('Auditlog', { lead: 'Elke wijziging van contracten, realisaties en gebruikers: wie, wanneer en wat. Een BSN staat hier nooit in.' }),
    h('div', { class: 'filters' }, h('h2', { class: 'visually-hidden' }, 'Filters'), form.el),
    table('Auditlog', [
      { label: 'Tijdstip', cell: (a) => fmt.dateTime(a.at), nowrap: true },
      { label: 'Gegeven', cell: entityCell, nowrap: true, rowHeader: false },
      { label: 'Wat er gebeurde', cell: (a) => h('span', { class: 'audit-detail' }, sentenceFor(a, { munis, blocks })) },
    ], list.items, { empty: 'Geen regels in het auditlog.', captionHidden: true, id: 'audit-table' }),
    pagination(list.page, list.per_page, list.total, (p) => href('/audit', { entity: params.entity, entity_id: params.entity_id, page: p })));
}
