// The invitation log of onderhandse procurements (inkoop, SR-team as programme manager):
// who was invited, who won, and the flags where the SEBO preference was not followed.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import * as session from '../session.js';
import { page, pageHeader, table, takeFlash } from '../components.js';
import { outcomeBadge } from '../sebo.js';
import * as L from '../labels.js';

export default async function procurements({ query }) {
  const flagged = query.get('gemarkeerd') === 'ja';
  const data = await api.get('/procurements', { flagged: flagged ? 'true' : null, year: query.get('jaar') });
  const rows = data.items || [];
  const columns = [
    { label: 'Onderwerp', cell: (p) => h('a', { href: `#/inkoop/${p.id}` }, p.subject) },
    { label: 'Datum', cell: (p) => fmt.date(p.date) },
    { label: 'Afdeling', cell: (p) => p.department },
    { label: 'Procedure', cell: (p) => L.label('procedure', p.procedure) },
    { label: 'Geraamd', numeric: true, cell: (p) => fmt.euro(p.estimated_value) },
    { label: 'Winnaar', cell: (p) => (p.winner ? `${p.winner.name}${p.winner.holder ? ' (SEBO)' : ''}` : '–') },
    { label: 'SEBO-toets', cell: (p) => outcomeBadge(p.rule.outcome) },
  ];
  return page('Uitnodigingslog',
    pageHeader('Uitnodigingslog onderhandse inkoop', {
      lead: 'Wie is uitgenodigd, wie heeft gewonnen en is de SEBO-voorkeur gevolgd? Gemarkeerde inkopen zijn zichtbaar voor de afdeling en de programmamanager.',
      actions: session.can('sebo.procurement.log') ? h('a', { class: 'button', href: '#/inkoop/nieuw' }, 'Inkoop vastleggen') : null,
    }),
    takeFlash(),
    h('p', null, flagged
      ? h('a', { href: '#/inkoop' }, 'Toon alle inkopen')
      : h('a', { href: '#/inkoop?gemarkeerd=ja' }, `Toon alleen gemarkeerde inkopen (${data.flagged})`)),
    table(flagged ? 'Gemarkeerde inkopen' : 'Alle inkopen', columns, rows, { empty: 'Nog geen inkopen vastgelegd.', id: 'procurement-list' }));
}
