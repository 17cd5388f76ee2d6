// Contractor (opdrachtnemer) list and page: the organisation and its contracts with progress.
import { h } from '../dom.js';
import { api } from '../api.js';
import * as model from '../model.js';
import { page, pageHeader, table, details, pagination } from '../components.js';
import { href } from '../router.js';
import { contractColumns } from './contracts.js';

export default async function contractors({ query }) {
  const pageNo = Number(query.get('page') || 1);
  const list = model.list(await api.get('/organisations', { page: pageNo, per_page: 50 }));
  return page('Opdrachtnemers',
    pageHeader('Opdrachtnemers', { lead: 'Organisaties die een opdracht met social return hebben gekregen.' }),
    table('Opdrachtnemers', [
      { label: 'Naam', cell: (o) => h('a', { href: `#/opdrachtnemers/${o.id}` }, o.name) },
      { label: 'KvK-nummer', cell: (o) => o.kvk || '', rowHeader: false },
      { label: 'Vestiging', cell: (o) => (o.municipality && typeof o.municipality === 'object' ? o.municipality.name : o.municipality_name || o.municipality || '') },
      { label: 'Postcode', cell: (o) => o.postcode || '' },
      { label: 'SEBO-keurmerk', cell: (o) => (o.sebo_holder === undefined ? '' : o.sebo_holder ? 'Ja' : 'Nee') },
    ], list.items, { empty: 'Geen opdrachtnemers.', captionHidden: true, id: 'contractor-table' }),
    pagination(list.page, list.per_page, list.total, (p) => href('/opdrachtnemers', { page: p })));
}

export async function detail({ params }) {
  const id = encodeURIComponent(params.id);
  const [org, contracts] = await Promise.all([
    api.get(`/organisations/${id}`),
    api.get('/contracts', { contractor: params.id, per_page: 100 }),
  ]);
  const rows = model.list(contracts).items.map(model.contract);
  const muni = org.municipality && typeof org.municipality === 'object' ? org.municipality.name : org.municipality_name || org.municipality;
  return page(org.name,
    pageHeader(org.name, { back: { href: '#/opdrachtnemers', label: 'Opdrachtnemers' } }),
    details([
      ['KvK-nummer', org.kvk],
      ['Vestigingsgemeente', muni],
      ['Postcode', org.postcode],
      org.sebo_holder !== undefined ? ['SEBO-keurmerk', org.sebo_holder ? 'Ja' : 'Nee'] : null,
      ['Aantal contracten', String(rows.length)],
    ]),
    h('h2', null, 'Contracten'),
    table(`Contracten van ${org.name}`, contractColumns({ withContractor: false }), rows, { empty: 'Geen contracten.', captionHidden: true, id: 'contractor-contracts' }));
}
