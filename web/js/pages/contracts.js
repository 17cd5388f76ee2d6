// Contract list with filters (municipality, status, award year, contractor, overdue) and paging.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import { enhancePicker } from '../picker.js';
import * as model from '../model.js';
import * as ref from '../refdata.js';
import * as session from '../session.js';
import { page, pageHeader, table, statusBadge, progressBar, pagination } from '../components.js';
import { go, href } from '../router.js';
import * as L from '../labels.js';

const FILTERS = ['q', 'municipality', 'status', 'year', 'contractor', 'overdue'];
const OVERDUE = [
  { value: 'contact', label: 'Contact te laat' },
  { value: 'yearly-report', label: 'Jaarverslag te laat' },
  { value: 'behind', label: 'Achter op schema' },
];

function filterForm(query, munis, orgs) {
  const form = new Form({
    id: 'filter-form', submitLabel: 'Filteren',
    secondary: h('a', { href: '#/contracten' }, 'Filters wissen'),
    onSubmit: async (f) => {
      const q = {};
      for (const k of FILTERS) q[k] = f.raw(k);
      const chosen = contractorPick.selected();
      if (q.contractor && !chosen) { f.showErrors([{ field: 'contractor', message: 'Kies de opdrachtnemer uit de lijst, of maak het veld leeg.' }]); return; }
      q.contractor = chosen ? chosen.value : '';
      if (q.year && !/^\d{4}$/.test(q.year)) { f.showErrors([{ field: 'year', message: 'Vul een jaartal in, bijvoorbeeld 2024.' }]); return; }
      go(href('/contracten', q).slice(1));
    },
  });
  form.add('q', 'Zoeken', { value: query.get('q') || '', plain: true, hint: 'Op kenmerk, omschrijving of naam van de opdrachtnemer.', hintHidden: true });
  form.add('municipality', 'Gemeente', { kind: 'select', options: ref.municipalityOptions(munis), placeholder: 'Alle gemeenten', value: query.get('municipality') || '', plain: true });
  form.add('status', 'Status', { kind: 'select', options: L.options('progress_status'), placeholder: 'Alle statussen', value: query.get('status') || '', plain: true });
  form.add('year', 'Jaar van gunning', { value: query.get('year') || '', inputmode: 'numeric', maxlength: 4, plain: true });
  const contractorField = form.add('contractor', 'Opdrachtnemer', { plain: true, hint: 'Typ een deel van de naam, het KvK-nummer of de plaats en kies uit de lijst.', hintHidden: true });
  const city = new Map(munis.map((m) => [m.code, m.name]));
  const items = orgs.filter((o) => !o.municipal_employer).map((o) => ({
    value: String(o.id), label: o.name, detail: `KvK ${o.kvk}${o.municipality ? ` · ${city.get(o.municipality) || o.municipality}` : ''}`,
  }));
  const contractorPick = enhancePicker(contractorField.input, items, { noun: 'opdrachtnemers' });
  const current = items.find((i) => i.value === (query.get('contractor') || ''));
  if (current) contractorPick.set(current);
  form.add('overdue', 'Achterstand', { kind: 'select', options: OVERDUE, placeholder: 'Geen filter', value: query.get('overdue') || '', plain: true });
  return h('div', { class: 'filters' }, h('h2', { class: 'visually-hidden' }, 'Filters'), form.el);
}

export function contractColumns({ withContractor = true } = {}) {
  return [
    { label: 'Kenmerk', cell: (c) => [h('a', { href: `#/contracten/${c.id}` }, c.reference || `#${c.id}`),
      c.draft ? [' ', h('span', { class: 'badge badge-warn' }, 'concept')] : null], nowrap: true },
    { label: 'Titel', cell: (c) => c.title, rowHeader: false },
    { label: 'Gemeente', cell: (c) => (c.municipality && (c.municipality.name || c.municipality.code)) || '' },
    withContractor ? { label: 'Opdrachtnemer', cell: (c) => (c.contractor && c.contractor.id ? h('a', { href: `#/opdrachtnemers/${c.contractor.id}` }, c.contractor.name) : (c.contractor ? c.contractor.name : '')) } : null,
    { label: 'Gegund', cell: (c) => fmt.date(c.award_date), nowrap: true },
    { label: 'Verplichting', cell: (c) => (c.obligation.applies ? fmt.euro(c.obligation.amount) : 'n.v.t.'), numeric: true },
    { label: 'Voortgang', cell: (c) => (c.progress && c.obligation.applies ? progressBar(c.progress, { compact: true, label: `Voortgang ${c.reference || ''}` }) : '') },
    { label: 'Status', cell: (c) => (model.progressStatus(c) ? statusBadge(model.progressStatus(c)) : '') },
  ].filter(Boolean);
}

// Contracts of one contractor: the API searches contractor names with `q`; the exact
// organisation is then picked out by id.
export async function contractsOf(org, params = {}) {
  const all = await allContracts({ ...params, q: org.name });
  return all.filter((c) => c.contractor && String(c.contractor.id) === String(org.id));
}

// Every contract matching params, page by page (the API gives at most 200 per page).
export async function allContracts(params = {}) {
  const out = [];
  for (let pageNo = 1; pageNo <= 100; pageNo++) {
    const data = model.list(await api.get('/contracts', { ...params, perPage: 200, page: pageNo }));
    out.push(...data.items.map(model.contract));
    if (data.items.length === 0 || out.length >= data.total) break;
  }
  return out;
}

export default async function contracts({ query }) {
  const params = { page: query.get('page') || 1, perPage: 25 };
  for (const k of FILTERS) if (query.get(k) && k !== 'contractor') params[k] = query.get(k);
  const [munis, orgs] = await Promise.all([ref.municipalities(), ref.organisations()]);
  let list, rows;
  const org = query.get('contractor') ? orgs.find((o) => String(o.id) === query.get('contractor')) : null;
  if (org) {
    rows = (await contractsOf(org, params)).filter((c) => !params.q || [c.reference, c.title, c.contractor.name].some((t) => String(t || '').toLowerCase().includes(params.q.toLowerCase())));
    list = { page: 1, per_page: rows.length || 1, total: rows.length };
  } else {
    list = model.list(await api.get('/contracts', params));
    rows = list.items.map(model.contract);
  }
  const q = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) || '']));
  const canRegister = session.can('contract.create');
  return page('Contracten',
    pageHeader('Contracten', {
      lead: 'Gegunde opdrachten met hun social-return-verplichting en de voortgang daarvan.',
      actions: canRegister ? [h('a', { class: 'button', href: '#/contracten/nieuw' }, 'Contract registreren')] : null,
    }),
    filterForm(query, munis, orgs),
    table('Contracten', contractColumns(), rows, { empty: 'Geen contracten gevonden met deze filters.', captionHidden: true, id: 'contract-table' }),
    pagination(list.page, list.per_page, list.total, (p) => href('/contracten', { ...q, page: p })));
}
