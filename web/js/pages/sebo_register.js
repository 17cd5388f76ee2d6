// The SEBO registry for the programme manager (and inkoop, WSP): every holder with its status,
// the certificates that run out within 90 days, and pending applications.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { page, pageHeader, table } from '../components.js';
import { HOLDER_STATUS } from '../sebo.js';

const TONE = { gecertificeerd: 'good', aangevraagd: 'info', 'in-audit': 'info', verlopen: 'warn', ingetrokken: 'bad', afgewezen: 'bad' };

function statusBadge(code) {
  return h('span', { class: `badge badge-${TONE[code] || 'neutral'}` }, fmt.label(HOLDER_STATUS, code));
}

export default async function seboRegister() {
  const [holders, expiring] = await Promise.all([api.get('/sebo/holders'), api.get('/sebo/expiring', { days: 90 })]);
  const soon = expiring.items || [];
  return page('SEBO-register',
    pageHeader('SEBO-register', { lead: 'Alle keurmerkhouders met de status van hun certificaat. Houders van wie het keurmerk binnen 90 dagen verloopt staan bovenaan, zodat hercertificering op tijd kan starten.' }),
    h('h2', null, `Verloopt binnen 90 dagen (${soon.length})`),
    table('Keurmerken die binnen 90 dagen verlopen', [
      { label: 'Houder', cell: (x) => `${x.name} (KvK ${x.kvk})` },
      { label: 'Geldig t/m', cell: (x) => fmt.date(x.valid_until) },
      { label: 'Nog dagen', numeric: true, cell: (x) => String(x.days_left) },
      { label: 'Hercertificering', cell: (x) => (x.recertification ? fmt.label(HOLDER_STATUS, x.recertification) : 'nog niet aangevraagd') },
    ], soon, { captionHidden: true, empty: 'Geen keurmerken die binnen 90 dagen verlopen.', id: 'sebo-expiring' }),
    h('h2', null, `Alle houders (${(holders.items || []).length})`),
    table('Alle keurmerkhouders', [
      { label: 'Houder', cell: (x) => h('a', { href: `#/sebo/${x.kvk}` }, `${x.name} (KvK ${x.kvk})`) },
      { label: 'Status', cell: (x) => statusBadge(x.status) },
      { label: 'Geldig', cell: (x) => (x.certified_from ? `${fmt.date(x.certified_from)} t/m ${fmt.date(x.valid_until)}` : '–') },
      { label: 'Lokaal', cell: (x) => (x.local ? 'ja' : 'nee') },
      { label: 'Soorten werk', cell: (x) => (x.kinds || []).map((k) => fmt.label(fmt.CATEGORY, k)).join(', ') },
      { label: 'Lopende aanvraag', cell: (x) => (x.application ? fmt.label(HOLDER_STATUS, x.application) : '') },
    ], holders.items || [], { captionHidden: true, id: 'sebo-register' }));
}
