// One logged procurement: the invited companies as classified on the date, quotes, winner, and
// the SEBO rule check with its flag.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { page, pageHeader, details, table, takeFlash } from '../components.js';
import { ruleNodes } from '../sebo.js';
import * as L from '../labels.js';
import * as ref from '../refdata.js';

export default async function procurement({ params }) {
  const [p, munis] = await Promise.all([api.get(`/procurements/${encodeURIComponent(params.id)}`), ref.municipalities()]);
  const muni = munis.find((m) => m.code === p.municipality);
  const winner = p.winner ? p.winner.kvk : null;
  return page(p.subject,
    pageHeader(p.subject, { back: { href: '#/inkoop', label: 'Uitnodigingslog' } }),
    takeFlash(),
    h('section', { class: 'result-panel', id: 'rule-check', 'aria-labelledby': 'rule-title' },
      h('h2', { id: 'rule-title', class: 'result-title' }, 'SEBO-toets'), ...ruleNodes(p.rule),
      p.deviation_reason ? h('p', null, 'Reden afwijking: ', p.deviation_reason) : null),
    details([
      ['Gemeente', muni ? muni.name : p.municipality], ['Afdeling', p.department], ['Kenmerk', p.reference],
      ['Categorie', L.label('category', p.category)], ['Procedure', L.label('procedure', p.procedure)],
      ['Geraamde waarde', fmt.euro(p.estimated_value)], ['Datum', fmt.date(p.date)],
      ['Winnaar', p.winner ? p.winner.name : 'nog niet gegund'], ['Gunningsbedrag', fmt.euro(p.awarded_value)],
      ['Vastgelegd door', L.actor(p.logged_by)],
    ]),
    h('h2', null, 'Uitgenodigd'),
    table('Uitgenodigde ondernemers', [
      { label: 'Onderneming', cell: (x) => `${x.name} (KvK ${x.kvk})` },
      { label: 'Op de datum', cell: (x) => L.label('sebo_class', x.class) },
      { label: 'Offerte', numeric: true, cell: (x) => (x.quoted ? (x.quote !== null ? fmt.euro(x.quote) : 'ja') : '–') },
      { label: 'Winnaar', cell: (x) => (x.kvk === winner ? 'ja' : '') },
    ], p.invited, { captionHidden: true, id: 'invited-list' }));
}
