// Council and management, per year (issue 17): contracts settled by outcome, the unrealised value,
// penalties and buy-offs claimed, time from award to first contact, yearly reports on time.
// GET /reports/settlement.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { page, pageHeader, details } from '../components.js';
import { go } from '../router.js';

export default async function settlementReport({ query }) {
  const thisYear = Number(fmt.todayIso().slice(0, 4));
  const year = Number(query && query.get('jaar')) || thisYear;
  const r = await api.get('/reports/settlement', { year });
  const s = r.settlements, b = s.by_outcome, c = r.first_contact, y = r.yearly_reports;
  const select = h('select', { id: 'report-year', class: 'width-s' },
    ...Array.from({ length: 8 }, (_, i) => thisYear - i).map((v) => h('option', { value: String(v), selected: v === year }, String(v))));
  select.addEventListener('change', () => go(`/afrekening?jaar=${encodeURIComponent(select.value)}`));
  return page(`Afrekening ${year}`,
    pageHeader(`Afrekening en opvolging ${year}`, {
      lead: 'Wat er na de gunning is gebeurd: hoe contracten zijn afgerekend, wat niet is gerealiseerd, welke boetes of afkoop zijn geclaimd, hoe snel het eerste contact was en hoeveel jaarverslagen op tijd kwamen.',
    }),
    h('p', null, h('label', { for: 'report-year' }, 'Jaar '), select),
    h('h2', null, 'Afgerekende contracten'),
    details([
      ['Afgerekend', String(s.total)],
      ['Voldaan', String(b.voldaan)],
      ['Deels voldaan', String(b['deels-voldaan'])],
      ['Niet voldaan', String(b['niet-voldaan'])],
      ['Ontheffing achteraf', String(b.ontheffing)],
      ['Niet gerealiseerde waarde', fmt.euro(s.unrealised)],
      ['Boetes en afkoop geclaimd', fmt.euro(s.penalties)],
    ]),
    h('h2', null, 'Eerste contact na gunning'),
    details([
      ['Gegund in het jaar', String(c.awarded)],
      ['Met eerste contact', String(c.contacted)],
      ['Binnen vijf werkdagen', String(c.within_deadline)],
      ['Mediaan gunning tot contact', c.median_days === null ? '–' : `${fmt.number(c.median_days, 1)} dagen`],
    ]),
    h('h2', null, 'Jaarverslagen'),
    details([
      ['Uiterste datum in het jaar verstreken', String(y.due)],
      ['Op tijd ingediend', String(y.on_time)],
      ['Aandeel op tijd', y.on_time_pct === null ? '–' : fmt.percent(y.on_time_pct)],
    ]));
}
