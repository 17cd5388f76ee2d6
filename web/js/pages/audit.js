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

const ACTION = {
  create: 'aangemaakt', update: 'gewijzigd', delete: 'verwijderd', verify: 'geverifieerd', reject: 'afgewezen',
  contact: 'contact vastgelegd', 'yearly-report': 'jaarverslag ingediend', disable: 'geblokkeerd',
  password: 'wachtwoord gewijzigd', import: 'geïmporteerd', login: 'ingelogd', logout: 'uitgelogd',
};
const ENTITY = { contract: 'Contract', realisation: 'Realisatie', user: 'Gebruiker', session: 'Sessie' };

function entityCell(a) {
  const name = `${ENTITY[a.entity] || a.entity}${a.entity_id ? ` ${a.entity_id}` : ''}`;
  return a.entity === 'contract' && a.entity_id ? h('a', { href: `#/contracten/${a.entity_id}` }, name) : name;
}

function detailText(d) {
  if (d === null || d === undefined || d === '') return '';
  if (typeof d === 'string') {
    try { d = JSON.parse(d); } catch { return d; }
  }
  if (typeof d !== 'object') return String(d);
  return Object.entries(d).map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : v}`).join('; ');
}

export default async function audit({ query }) {
  const params = { page: query.get('page') || 1, per_page: 50, entity: query.get('entity') || '', entity_id: query.get('entity_id') || '' };
  const list = model.list(await api.get('/audit', params));
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
      { label: 'Gebruiker', cell: (a) => a.actor, rowHeader: false },
      { label: 'Actie', cell: (a) => ACTION[a.action] || a.action },
      { label: 'Gegeven', cell: entityCell, nowrap: true },
      { label: 'Details', cell: (a) => h('span', { class: 'audit-detail' }, detailText(a.detail)) },
    ], list.items, { empty: 'Geen regels in het auditlog.', captionHidden: true, id: 'audit-table' }),
    pagination(list.page, list.per_page, list.total, (p) => href('/audit', { entity: params.entity, entity_id: params.entity_id, page: p })));
}
