// Contractor (opdrachtnemer) list and page: the organisation and its contracts with progress.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import * as model from '../model.js';
import * as ref from '../refdata.js';
import { page, pageHeader, table, details, pagination, progressBar } from '../components.js';
import { href } from '../router.js';
import { pastPerformancePanel } from '../settlement.js';
import { contractColumns, contractsOf, allContracts } from './contracts.js';

async function organisation(id) {
  const list = await ref.organisations();
  const org = list.find((o) => String(o.id) === String(id));
  if (!org) throw Object.assign(new Error('Deze opdrachtnemer bestaat niet of u hebt er geen toegang toe.'), { status: 404 });
  return org;
}

function municipalityName(munis, code) {
  const m = munis.find((x) => x.code === code);
  return m ? m.name : code || '';
}

// Totals per contractor over the contracts the user may see.
function totals(contracts) {
  const by = new Map();
  for (const c of contracts) {
    const id = c.contractor && c.contractor.id;
    if (!by.has(id)) by.set(id, { count: 0, due: 0, verified: 0 });
    const t = by.get(id);
    t.count += 1;
    if (c.obligation.applies && c.progress) {
      t.due += fmt.toCents(c.progress.due) || 0;
      t.verified += fmt.toCents(c.progress.verified) || 0;
    }
  }
  return by;
}

export default async function contractors({ query }) {
  const pageNo = Number(query.get('page') || 1);
  const [all, munis, contracts] = await Promise.all([
    ref.organisations(), ref.municipalities(),
    allContracts(),
  ]);
  const sums = totals(contracts);
  const perPage = 50;
  const items = all.slice((pageNo - 1) * perPage, pageNo * perPage);
  return page('Opdrachtnemers',
    pageHeader('Opdrachtnemers', { lead: 'Organisaties met een gegunde opdracht, met hun social-return-verplichting en wat daarvan is geverifieerd.' }),
    table('Opdrachtnemers', [
      { label: 'Naam', cell: (o) => h('a', { href: `#/opdrachtnemers/${o.id}` }, o.name) },
      { label: 'KvK-nummer', cell: (o) => o.kvk || '', rowHeader: false },
      { label: 'Vestiging', cell: (o) => municipalityName(munis, o.municipality) },
      { label: 'Contracten', cell: (o) => String((sums.get(o.id) || {}).count || 0), numeric: true },
      { label: 'Te realiseren', cell: (o) => fmt.euro(((sums.get(o.id) || {}).due || 0) / 100), numeric: true },
      { label: 'Geverifieerd', cell: (o) => fmt.euro(((sums.get(o.id) || {}).verified || 0) / 100), numeric: true },
      { label: 'Voortgang', cell: (o) => {
        const t = sums.get(o.id);
        return t && t.due > 0 ? progressBar({ due: t.due / 100, verified: t.verified / 100, reported: t.verified / 100 }, { compact: true, label: `Voortgang ${o.name}` }) : '–';
      } },
    ], items, { empty: 'Geen opdrachtnemers.', captionHidden: true, id: 'contractor-table' }),
    pagination(pageNo, perPage, all.length, (p) => href('/opdrachtnemers', { page: p })));
}

export async function detail({ params }) {
  const [org, munis] = await Promise.all([organisation(params.id), ref.municipalities()]);
  const past = pastPerformancePanel();
  await past.show(org.kvk);
  const rows = await contractsOf(org);
  const t = totals(rows).get(org.id) || { count: 0, due: 0, verified: 0 };
  const behind = rows.filter((c) => ['achter', 'niet-voldaan'].includes(model.progressStatus(c))).length;
  return page(org.name,
    pageHeader(org.name, { back: { href: '#/opdrachtnemers', label: 'Opdrachtnemers' } }),
    details([
      ['KvK-nummer', org.kvk],
      ['Vestigingsgemeente', municipalityName(munis, org.municipality)],
      ['Postcode', org.postcode],
      ['Aantal contracten', String(rows.length)],
      ['Te realiseren', fmt.euro(t.due / 100)],
      ['Geverifieerd', fmt.euro(t.verified / 100)],
      ['Achter of niet voldaan', String(behind)],
    ]),
    past.el,
    h('h2', null, 'Contracten'),
    table(`Contracten van ${org.name}`, contractColumns({ withContractor: false }), rows, { empty: 'Geen contracten.', captionHidden: true, id: 'contractor-contracts' }));
}
