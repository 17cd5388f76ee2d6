// Werkgeversservicepunt: the account manager's pages. Overview (questions against the 48-hour norm,
// vacancies, employers), the one view of an employer, and the shortlist of a vacancy with the
// reasons per criterion and a button to propose a candidate. API: /employers, /questions,
// /vacancies, /vacancies/{id}/shortlist, /proposals.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api, ApiError } from '../api.js';
import { page, pageHeader, table, details } from '../components.js';

const QUESTION_STATUS = { open: 'Open', 'te-laat': 'Over tijd (48 uur)', 'op-tijd': 'Op tijd beantwoord', 'laat-beantwoord': 'Te laat beantwoord' };
const QUESTION_TONE = { open: 'info', 'te-laat': 'bad', 'op-tijd': 'good', 'laat-beantwoord': 'warn' };
const VACANCY_STATUS = { open: 'Open', vervuld: 'Vervuld', gesloten: 'Gesloten' };
const CRITERION = {
  vaardigheden_vereist: 'Vereiste vaardigheden', vaardigheden_gewenst: 'Gewenste vaardigheden', uren: 'Uren',
  afstand: 'Afstand', opleiding: 'Opleiding', beschikbaarheid: 'Beschikbaarheid', doelgroep: 'Doelgroep',
};
const OUTCOME = { voorgesteld: 'Voorgesteld', uitgenodigd: 'Uitgenodigd', aangenomen: 'Aangenomen', afgewezen: 'Afgewezen', ingetrokken: 'Ingetrokken' };

const badge = (tone, text) => h('span', { class: `badge badge-${tone}` }, text);
const employerLink = (id, name) => h('a', { href: `#/werkgevers/${id}` }, name);
const vacancyLink = (v) => h('a', { href: `#/vacatures/${v.id}` }, v.title);

function questionTable(caption, rows) {
  return table(caption, [
    { label: 'Onderwerp', cell: (q) => q.subject },
    { label: 'Werkgever', cell: (q) => employerLink(q.employer, q.employer_name), rowHeader: false },
    { label: 'Gesteld', cell: (q) => fmt.dateTime(q.asked_at) },
    { label: 'Uiterlijk antwoord', cell: (q) => fmt.dateTime(q.due_at) },
    { label: 'Status', cell: (q) => badge(QUESTION_TONE[q.status] || 'neutral', QUESTION_STATUS[q.status] || q.status) },
  ], rows, { empty: 'Geen vragen.' });
}

export default async function overview() {
  const [questions, stats, vacancies, employers] = await Promise.all([
    api.get('/questions', { status: 'open' }), api.get('/questions/stats'), api.get('/vacancies', { status: 'open' }),
    api.get('/employers'),
  ]);
  const overdue = questions.filter((q) => q.status === 'te-laat');
  return page('Werkgeversservicepunt',
    pageHeader('Werkgeversservicepunt', { lead: 'Eén aanspreekpunt voor werkgevers: vragen binnen 48 uur beantwoord, vacatures met precies het gevraagde aantal geschikte kandidaten.' }),
    h('section', { 'aria-labelledby': 'h-vragen' },
      h('h2', { id: 'h-vragen' }, `Openstaande vragen (${questions.length}, waarvan ${overdue.length} over tijd)`),
      questionTable('Openstaande vragen van werkgevers', questions)),
    h('section', { 'aria-labelledby': 'h-norm' },
      h('h2', { id: 'h-norm' }, 'Binnen 48 uur beantwoord, per maand'),
      table('Aandeel vragen binnen 48 uur beantwoord', [
        { label: 'Maand', cell: (m) => m.month },
        { label: 'Gesteld', cell: (m) => fmt.number(m.asked), numeric: true },
        { label: 'Op tijd', cell: (m) => fmt.number(m.answered_in_time), numeric: true },
        { label: 'Te laat beantwoord', cell: (m) => fmt.number(m.answered_late), numeric: true },
        { label: 'Over tijd', cell: (m) => fmt.number(m.overdue), numeric: true },
        { label: 'Nog open', cell: (m) => fmt.number(m.open), numeric: true },
        { label: 'Aandeel op tijd', cell: (m) => (m.share_in_time === null ? '–' : fmt.percent(m.share_in_time)), numeric: true },
      ], stats, { empty: 'Nog geen vragen geregistreerd.' })),
    h('section', { 'aria-labelledby': 'h-vac' },
      h('h2', { id: 'h-vac' }, 'Open vacatures'),
      table('Open vacatures', [
        { label: 'Vacature', cell: vacancyLink },
        { label: 'Werkgever', cell: (v) => employerLink(v.employer, v.employer_name), rowHeader: false },
        { label: 'Uren per week', cell: (v) => `${fmt.number(v.hours_min)}–${fmt.number(v.hours_max)}` },
        { label: 'Start', cell: (v) => fmt.date(v.start_date) },
        { label: 'Gevraagd aantal', cell: (v) => fmt.number(v.wanted), numeric: true },
        { label: 'Voorgesteld', cell: (v) => fmt.number(v.proposals), numeric: true },
      ], vacancies, { empty: 'Geen open vacatures.' })),
    h('section', { 'aria-labelledby': 'h-wg' },
      h('h2', { id: 'h-wg' }, 'Werkgevers'),
      table('Werkgevers', [
        { label: 'Naam', cell: (e) => employerLink(e.id, e.name) },
        { label: 'KvK', cell: (e) => e.kvk },
        { label: 'Gemeente', cell: (e) => e.municipality },
        { label: 'Accountmanager', cell: (e) => e.account_manager },
        { label: 'Laatste contact', cell: (e) => fmt.date(e.last_contact) },
        { label: 'Open vacatures', cell: (e) => fmt.number(e.open_vacancies), numeric: true },
      ], employers, { empty: 'Nog geen werkgevers.' })));
}

export async function employer({ params }) {
  const e = await api.get(`/employers/${encodeURIComponent(params.id)}`);
  const sebo = e.sebo || {};
  return page(e.name,
    pageHeader(e.name, { back: { href: '#/werkgevers', label: 'Werkgeversservicepunt' } }),
    details([
      ['KvK-nummer', e.kvk], ['Gemeente', e.municipality], ['Sector', e.sector], ['Grootte', e.size_class],
      ['Postcode', e.postcode], ['Accountmanager', e.account_manager],
      ['SEBO-keurmerk', sebo.valid_today ? badge('good', `geldig${sebo.valid_until ? ' tot ' + fmt.date(sebo.valid_until) : ''}`) : badge('neutral', 'geen geldig keurmerk')],
      ['SROI-verplichting', e.sroi_obligation ? badge('warn', 'ja, lopende verplichting') : 'nee'],
    ]),
    e.sroi_contracts.length ? h('section', null, h('h2', null, 'Social return als opdrachtnemer'),
      table('Contracten met een social-return-verplichting', [
        { label: 'Kenmerk', cell: (c) => h('a', { href: `#/contracten/${c.contract}` }, c.reference) },
        { label: 'Titel', cell: (c) => c.title, rowHeader: false },
        { label: 'Looptijd tot', cell: (c) => fmt.date(c.end_date) },
        { label: 'Verplichting', cell: (c) => fmt.euro(c.obligation), numeric: true },
        { label: 'Nog te realiseren', cell: (c) => fmt.euro(c.remaining), numeric: true },
      ], e.sroi_contracts)) : null,
    h('section', null, h('h2', null, 'Contactpersonen'),
      table('Contactpersonen', [
        { label: 'Naam', cell: (c) => c.name }, { label: 'Rol', cell: (c) => c.role },
        { label: 'E-mail', cell: (c) => c.email || '' }, { label: 'Telefoon', cell: (c) => c.phone || '' },
      ], e.contacts, { empty: 'Geen contactpersonen.' })),
    h('section', null, h('h2', null, 'Contactmomenten'),
      table('Contactmomenten', [
        { label: 'Datum', cell: (m) => fmt.date(m.date) }, { label: 'Soort', cell: (m) => m.kind },
        { label: 'Accountmanager', cell: (m) => m.account_manager }, { label: 'Notitie', cell: (m) => m.notes },
      ], e.contact_moments, { empty: 'Nog geen contactmomenten.' })),
    h('section', null, h('h2', null, 'Vragen'), questionTable('Vragen van deze werkgever', e.questions.map((q) => ({ ...q, employer_name: e.name })))),
    h('section', null, h('h2', null, 'Vacatures'),
      table('Vacatures van deze werkgever', [
        { label: 'Vacature', cell: vacancyLink }, { label: 'Start', cell: (v) => fmt.date(v.start_date) },
        { label: 'Gevraagd aantal', cell: (v) => fmt.number(v.wanted), numeric: true },
        { label: 'Status', cell: (v) => VACANCY_STATUS[v.status] || v.status },
      ], e.vacancies, { empty: 'Geen vacatures.' })));
}

function reasons(item) {
  return h('ul', { class: 'reasons' }, item.reasons.map((r) =>
    h('li', null, h('strong', null, `${CRITERION[r.criterion] || r.criterion}: ${fmt.number(r.points)} van ${fmt.number(r.max)}`), ' – ', r.text)));
}

export async function shortlist({ params }) {
  const id = encodeURIComponent(params.id);
  const [v, list] = await Promise.all([api.get(`/vacancies/${id}`), api.get(`/vacancies/${id}/shortlist`)]);
  const message = h('div', { role: 'status', class: 'notice notice-success', hidden: true });
  const propose = async (item, button) => {
    button.disabled = true;
    try {
      await api.post('/proposals', { vacancy: v.id, candidate: item.candidate });
      button.replaceWith(badge('neutral', OUTCOME.voorgesteld));
      message.hidden = false;
      message.textContent = `Kandidaat ${item.candidate} is voorgesteld aan ${v.employer_name}.`;
    } catch (err) {
      button.disabled = false;
      message.hidden = false;
      message.textContent = err instanceof ApiError ? err.detail : 'Voorstellen is niet gelukt.';
    }
  };
  const rows = list.items.map((item) => ({ ...item }));
  return page(`Shortlist ${v.title}`,
    pageHeader(`Shortlist: ${v.title}`, { back: { href: `#/werkgevers/${v.employer}`, label: v.employer_name },
      lead: `De werkgever vraagt ${v.wanted} kandidaten; de shortlist bevat er ${list.count}.` }),
    details([
      ['Uren per week', `${fmt.number(v.hours_min)}–${fmt.number(v.hours_max)}`], ['Start', fmt.date(v.start_date)],
      ['Vereiste vaardigheden', v.required_skills.join(', ')], ['Gewenste vaardigheden', v.wished_skills.join(', ')],
      ['Opleiding', v.education], ['Doelgroepen', v.groups.length ? v.groups.join(', ') : 'alle'],
      ['Status', VACANCY_STATUS[v.status] || v.status],
    ]),
    list.shortfall ? h('p', { class: 'notice notice-warning' }, `Minder kandidaten dan gevraagd: ${list.shortfall}.`) : null,
    message,
    table('Shortlist, beste eerst', [
      { label: 'Plaats', cell: (i) => String(i.rank) },
      { label: 'Kandidaat', cell: (i) => `Kandidaat ${i.candidate}`, rowHeader: false },
      { label: 'Score', cell: (i) => fmt.number(i.score), numeric: true },
      { label: 'Onderbouwing', cell: reasons },
      { label: 'Voorstel', cell: (i) => (i.proposal ? badge('neutral', OUTCOME[i.proposal.outcome] || i.proposal.outcome)
        : (v.status === 'open' ? (() => { const b = h('button', { type: 'button', class: 'button button-small' }, 'Voorstellen'); b.addEventListener('click', () => propose(i, b)); return b; })() : '')) },
    ], rows, { empty: 'Geen geschikte kandidaten in uw gemeenten.' }));
}
