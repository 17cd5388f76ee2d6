// Missing social return (issue 16): every award that carries social return by the policy in force
// but has no confirmed contract in the register and no recorded exemption, with the obligation it
// would have had; per municipality, department and year. GET /api/v1/reports/missing-sr.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { page, pageHeader, table, statusBadge } from '../components.js';

export default async function missingSr({ query }) {
  const year = query.get('jaar');
  const r = await api.get('/reports/missing-sr', { year });
  const t = r.totals;
  const items = [
    { label: 'Kenmerk', cell: (x) => (x.procurement_id ? h('a', { href: `#/inkoop/${x.procurement_id}` }, x.reference || `inkoop ${x.procurement_id}`)
      : h('a', { href: `#/contracten/${x.contract_id}` }, x.reference)) },
    { label: 'Onderwerp', cell: (x) => x.subject },
    { label: 'Afdeling', cell: (x) => x.department },
    { label: 'Gegund', cell: (x) => fmt.date(x.award_date) },
    { label: 'Opdrachtnemer', cell: (x) => x.contractor.name },
    { label: 'Waarde', numeric: true, cell: (x) => fmt.euro(x.value) },
    { label: 'Verplichting', numeric: true, cell: (x) => `${fmt.euro(x.obligation)}${x.provisional ? ' (voorlopig)' : ''}${x.met_by_sebo ? ' (SEBO)' : ''}` },
    { label: 'Status', cell: (x) => (x.status === 'concept' ? statusBadge('gemeld', 'Concept') : statusBadge('niet-voldaan', 'Ontbreekt')) },
  ];
  const groups = [
    { label: 'Gemeente', cell: (g) => g.municipality },
    { label: 'Afdeling', cell: (g) => g.department },
    { label: 'Jaar', cell: (g) => String(g.year) },
    { label: 'Gunningen', numeric: true, cell: (g) => String(g.awards) },
    { label: 'Geregistreerd', numeric: true, cell: (g) => String(g.registered) },
    { label: 'Ontheffing', numeric: true, cell: (g) => String(g.exempted) },
    { label: 'Ontbreekt', numeric: true, cell: (g) => String(g.missing) },
    { label: 'Verplichting ontbrekend', numeric: true, cell: (g) => fmt.euro(g.obligation_missing) },
  ];
  return page('Ontbrekende social return',
    pageHeader('Ontbrekende social return', {
      lead: 'Gunningen die volgens het beleid social return dragen, maar geen bevestigd contract in het register en geen ontheffing hebben, met de verplichting die ze zouden hebben gehad.',
    }),
    h('p', { id: 'missing-summary', class: 'lead' },
      `Aanbestedingen met SROI-verplichting: geregistreerd ${t.registered} van ${t.with_obligation}. Ontbrekend: ${t.missing} (${fmt.euro(t.obligation_missing)}). Met ontheffing: ${t.exempted}.`),
    h('p', null, h('a', { href: `/api/v1/reports/missing-sr?format=xlsx${year ? `&year=${encodeURIComponent(year)}` : ''}`, id: 'missing-xlsx' }, 'Download als Excel-werkmap')),
    table('Ontbrekend', items, r.items, { empty: 'Geen ontbrekende social return.', id: 'missing-list' }),
    table('Per gemeente, afdeling en jaar', groups, r.groups, { id: 'missing-groups' }));
}
