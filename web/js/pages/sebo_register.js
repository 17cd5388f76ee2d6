// The SEBO registry for the programme manager (and inkoop, WSP): every holder with its status,
// the certificates that run out within 90 days, and pending applications. A user serving several
// municipalities sees all of them ("Alle gemeenten") and may narrow to one (?gemeente=).
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { page, pageHeader, table } from '../components.js';
import * as ref from '../refdata.js';
import * as session from '../session.js';
import { go, href } from '../router.js';
import * as L from '../labels.js';

const TONE = { gecertificeerd: 'good', aangevraagd: 'info', 'in-audit': 'info', verlopen: 'warn', ingetrokken: 'bad', afgewezen: 'bad' };

function statusBadge(code) {
  return h('span', { class: `badge badge-${TONE[code] || 'neutral'}` }, L.label('sebo_holder_status', code));
}

// The municipality selector: the user's municipalities (beheer: all), "Alle gemeenten" first.
function municipalityFilter(choices, chosen) {
  const form = h('form', { class: 'filters', id: 'sebo-filter', onsubmit: (ev) => {
    ev.preventDefault();
    go(href('/sebo', { gemeente: new FormData(ev.target).get('gemeente') }).slice(1));
  } },
  h('label', { for: 'sebo-gemeente' }, 'Gemeente'),
  h('select', { id: 'sebo-gemeente', name: 'gemeente' },
    h('option', { value: '', selected: !chosen }, 'Alle gemeenten'),
    choices.map((m) => h('option', { value: m.code, selected: m.code === chosen }, m.name))),
  h('button', { type: 'submit', class: 'button button-secondary' }, 'Toon'));
  return form;
}

export default async function seboRegister({ query } = {}) {
  const all = await ref.municipalities();
  const own = (session.user() || {}).municipalities || [];
  const choices = session.role() === 'beheer' ? all : all.filter((m) => own.includes(m.code));
  const chosen = (query && query.get('gemeente')) || '';
  const scope = chosen ? { municipality: chosen } : {};
  const [holders, expiring] = await Promise.all([api.get('/sebo/holders', scope), api.get('/sebo/expiring', { ...scope, days: 90 })]);
  const soon = expiring.items || [];
  const name = (code) => (all.find((m) => m.code === code) || { name: code }).name;
  return page('SEBO-register',
    pageHeader('SEBO-register', { lead: 'Alle keurmerkhouders met de status van hun certificaat. Houders van wie het keurmerk binnen 90 dagen verloopt staan bovenaan, zodat hercertificering op tijd kan starten.' }),
    choices.length > 1 ? municipalityFilter(choices, chosen) : null,
    h('h2', null, `Verloopt binnen 90 dagen (${soon.length})`),
    table('Keurmerken die binnen 90 dagen verlopen', [
      { label: 'Houder', cell: (x) => `${x.name} (KvK ${x.kvk})` },
      { label: 'Geldig t/m', cell: (x) => fmt.date(x.valid_until) },
      { label: 'Nog dagen', numeric: true, cell: (x) => String(x.days_left) },
      { label: 'Hercertificering', cell: (x) => (x.recertification ? L.label('sebo_holder_status', x.recertification) : 'nog niet aangevraagd') },
    ], soon, { captionHidden: true, empty: 'Geen keurmerken die binnen 90 dagen verlopen.', id: 'sebo-expiring' }),
    h('h2', null, `Alle houders (${(holders.items || []).length})`),
    table('Alle keurmerkhouders', [
      { label: 'Houder', cell: (x) => h('a', { href: `#/sebo/${x.kvk}` }, `${x.name} (KvK ${x.kvk})`) },
      { label: 'Status', cell: (x) => statusBadge(x.status) },
      { label: 'Gemeente', cell: (x) => name(x.municipality) },
      { label: 'Geldig', cell: (x) => (x.certified_from ? `${fmt.date(x.certified_from)} t/m ${fmt.date(x.valid_until)}` : '–') },
      { label: 'Lokaal', cell: (x) => (x.local ? 'ja' : 'nee') },
      { label: 'Soorten werk', cell: (x) => (x.kinds || []).map((k) => L.label('category', k)).join(', ') },
      { label: 'Lopende aanvraag', cell: (x) => (x.application ? L.label('sebo_holder_status', x.application) : '') },
    ], holders.items || [], { captionHidden: true, id: 'sebo-register' }));
}
