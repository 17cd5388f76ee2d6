// Audit log (beheer): who changed what and when. Filterable by kind of record; paginated.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as model from '../model.js';
import { page, pageHeader, table, pagination } from '../components.js';
import { go, href } from '../router.js';

const ENTITIES = [
  { value: 'contract', label: 'Contracten' },
  { value: 'realisation', label: 'Realisaties' },
  { value: 'user', label: 'Gebruikers' },
  { value: 'session', label: 'Inloggen' },
];

function detailText(d) {
  if (d === null || d === undefined || d === '') return '';
  if (typeof d === 'string') {
    try { d = JSON.parse(d); } catch { return d; }
  }
  if (typeof d !== 'object') return String(d);
  return Object.entries(d).map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : v}`).join('; ');
}

export default async function audit({ query }) {
  const params = { page: query.get('page') || 1, per_page: 50, entity: query.get('entity') || '', actor: query.get('actor') || '' };
  const list = model.list(await api.get('/audit', params));
  const form = new Form({
    id: 'audit-filter', submitLabel: 'Filteren', secondary: h('a', { href: '#/audit' }, 'Filters wissen'),
    onSubmit: async (f) => { go(href('/audit', { entity: f.raw('entity'), actor: f.raw('actor') }).slice(1)); },
  });
  form.add('entity', 'Soort gegeven', { kind: 'select', options: ENTITIES, placeholder: 'Alles', value: params.entity, plain: true });
  form.add('actor', 'Gebruiker', { value: params.actor, plain: true, autocomplete: 'off' });
  return page('Auditlog',
    pageHeader('Auditlog', { lead: 'Elke wijziging van contracten, realisaties en gebruikers: wie, wanneer en wat. Een BSN staat hier nooit in.' }),
    h('div', { class: 'filters' }, h('h2', { class: 'visually-hidden' }, 'Filters'), form.el),
    table('Auditlog', [
      { label: 'Tijdstip', cell: (a) => fmt.dateTime(a.at) },
      { label: 'Gebruiker', cell: (a) => a.actor, rowHeader: false },
      { label: 'Actie', cell: (a) => a.action },
      { label: 'Gegeven', cell: (a) => `${a.entity}${a.entity_id ? ` ${a.entity_id}` : ''}` },
      { label: 'Details', cell: (a) => h('span', { class: 'audit-detail' }, detailText(a.detail)) },
    ], list.items, { empty: 'Geen regels in het auditlog.', captionHidden: true, id: 'audit-table' }),
    pagination(list.page, list.per_page, list.total, (p) => href('/audit', { entity: params.entity, actor: params.actor, page: p })));
}
