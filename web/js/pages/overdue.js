// SR-team work list: contractors that have not made contact in time, yearly reports overdue,
// contracts behind schedule. GET /overdue.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import * as model from '../model.js';
import { page, pageHeader, table, statusBadge, progressBar } from '../components.js';
import { href } from '../router.js';
import { allContracts } from './contracts.js';
import { dueSections } from '../settlement.js';

function contractLink(c) {
  return h('a', { href: `#/contracten/${c.id}` }, c.reference || `Contract ${c.id}`);
}

function lateYears(c) {
  return (c.yearly_reports || []).filter((y) => y.overdue && !y.submitted);
}

function lists(data) {
  const get = (...keys) => { for (const k of keys) if (Array.isArray(data[k])) return data[k]; return []; };
  return {
    contact: get('contact', 'contact_overdue', 'contact_deadline'),
    yearly: get('yearly_report', 'yearly-report', 'yearly_reports', 'yearly_report_overdue'),
    behind: get('behind', 'behind_schedule'),
  };
}

// In-page jump that keeps the hash route intact: focus the section heading.
function jump(ev, id) {
  ev.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'start' });
}

// Contracts with reported realisations still waiting for the SR-team: reported (gemeld and
// geverifieerd, not afgewezen) is more than verified.
function awaitingVerification(contracts) {
  return contracts.filter((c) => c.progress && (fmt.toCents(c.progress.reported) || 0) > (fmt.toCents(c.progress.verified) || 0));
}

export default async function overdue() {
  const [data, contracts, tasks, followup] = await Promise.all([api.get('/overdue'), allContracts(), api.get('/inbox', { until: fmt.todayIso(), unread: 'true' }), dueSections()]);
  const mine = (tasks && tasks.items) || [];
  const l = lists(data || {});
  const toVerify = awaitingVerification(contracts);
  const base = [
    { label: 'Kenmerk', cell: (r) => contractLink(r), nowrap: true },
    { label: 'Titel', cell: (r) => r.title, rowHeader: false },
    { label: 'Opdrachtnemer', cell: (r) => { const c = model.contract(r).contractor; return c && c.id ? h('a', { href: `#/opdrachtnemers/${c.id}` }, c.name) : (c ? c.name : ''); } },
  ];
  const stat = (n, label, target) => h('li', { class: 'stat' }, h('span', { class: 'stat-figure' }, String(n)),
    h('span', { class: 'stat-label' }, label), h('br'), h('a', { href: `#/werkvoorraad`, onclick: (ev) => jump(ev, target) }, 'Bekijk lijst', h('span', { class: 'visually-hidden' }, `: ${label}`)));
  return page('Werkvoorraad',
    pageHeader('Werkvoorraad', {
      lead: 'Wat vandaag aandacht vraagt: gemelde realisaties om te verifiëren, opdrachtnemers die te laat zijn met contact of jaarverslag, en contracten die achterlopen.',
      actions: [h('a', { class: 'button button-secondary', href: '#/contracten' }, 'Alle contracten')],
    }),
    h('h2', { id: 'taken' }, 'Mijn taken tot en met vandaag'),
    mine.length
      ? h('ul', { class: 'plain-list', id: 'my-tasks' }, mine.map((t) => h('li', null,
        t.contract ? h('a', { href: `#/contracten/${t.contract.id}` }, t.subject) : t.subject)))
      : h('p', { id: 'my-tasks' }, 'Geen open taken.'),
    h('p', null, h('a', { href: '#/berichten' }, 'Alle berichten')),
    h('ul', { class: 'stats', 'aria-label': 'Samenvatting' },
      stat(toVerify.length, 'te verifiëren', 'verifieren'),
      stat(l.contact.length, 'contact te laat', 'contact'),
      stat(l.yearly.length, 'jaarverslag te laat', 'jaarverslag'),
      stat(l.behind.length, 'achter op schema', 'achter')),
    h('h2', { id: 'verifieren' }, 'Realisaties te verifiëren'),
    h('p', null, 'Opdrachtnemers hebben realisaties gemeld die nog niet zijn gecontroleerd. Ga na of de kandidaten echt zijn geplaatst.'),
    table('Contracten met gemelde realisaties', [
      { label: 'Kenmerk', cell: (c) => h('a', { href: `#/contracten/${c.id}` }, c.reference), nowrap: true },
      { label: 'Titel', cell: (c) => c.title, rowHeader: false },
      { label: 'Opdrachtnemer', cell: (c) => (c.contractor && c.contractor.id ? h('a', { href: `#/opdrachtnemers/${c.contractor.id}` }, c.contractor.name) : '') },
      { label: 'Gemeld, niet geverifieerd', cell: (c) => fmt.euro(((fmt.toCents(c.progress.reported) || 0) - (fmt.toCents(c.progress.verified) || 0)) / 100), numeric: true },
    ], toVerify, { empty: 'Er wachten geen realisaties op verificatie.', captionHidden: true, id: 'to-verify' }),
    h('h2', { id: 'contact' }, 'Contact niet op tijd'),
    h('p', null, 'De opdrachtnemer moet binnen vijf werkdagen na gunning contact opnemen met het SR-team. Bel deze opdrachtnemers.'),
    table('Contracten zonder tijdig contact', [...base,
      { label: 'Gegund op', cell: (r) => fmt.date(r.award_date) },
      { label: 'Uiterlijk contact', cell: (r) => fmt.date(r.contact && r.contact.deadline) },
    ], l.contact, { empty: 'Geen opdrachtnemers met te laat contact.', captionHidden: true, id: 'overdue-contact' }),
    h('h2', { id: 'jaarverslag' }, 'Jaarverslag te laat'),
    table('Contracten met een achterstallig jaarverslag', [...base,
      { label: 'Te laat', cell: (r) => lateYears(r).map((y) => `jaar ${y.year_no} (uiterlijk ${fmt.date(y.deadline)})`).join(', ') },
    ], l.yearly, { empty: 'Geen achterstallige jaarverslagen.', captionHidden: true, id: 'overdue-yearly' }),
    h('h2', { id: 'achter' }, 'Achter op schema'),
    table('Contracten die achterlopen', [...base,
      { label: 'Te realiseren', cell: (r) => fmt.euro(r.progress && r.progress.due), numeric: true },
      { label: 'Verwacht nu', cell: (r) => fmt.euro(r.progress && r.progress.expected), numeric: true },
      { label: 'Voortgang', cell: (r) => progressBar(r.progress, { compact: true }) },
      { label: 'Status', cell: (r) => statusBadge(model.progressStatus(r) || 'achter') },
    ], l.behind, { empty: 'Geen contracten achter op schema.', captionHidden: true, id: 'overdue-behind' }),
    h('p', null, h('a', { href: href('/contracten', { overdue: 'behind' }) }, 'Filter de contractenlijst op achterstand')),
    ...followup);
}
