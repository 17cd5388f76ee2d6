// Werkgeversservicepunt: the account manager's pages. Overview (questions against the 48-hour norm,
// vacancies, employers; add an employer or a candidate), the one view of an employer (contacts,
// contact moments, questions with their 48-hour clock and an answer form, vacancies, placements,
// SEBO status, open social-return obligations; add a contact moment, question or vacancy), and the
// shortlist of a vacancy (reasons per criterion, a plain warning when a candidate misses a required
// skill, propose, place). API: /employers, /questions, /vacancies, /candidates, /proposals, /placements.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api, ApiError, sentence } from '../api.js';
import { Form } from '../forms.js';
import * as ref from '../refdata.js';
import * as session from '../session.js';
import { go, render } from '../router.js';
import { page, pageHeader, table, details, setFlash, takeFlash } from '../components.js';
import * as L from '../labels.js';
import { aftercareSection } from './aftercare.js';

const QUESTION_TONE = { open: 'info', 'te-laat': 'bad', 'op-tijd': 'good', 'laat-beantwoord': 'warn' };

const badge = (tone, text) => h('span', { class: `badge badge-${tone}` }, text);
const employerLink = (id, name) => h('a', { href: `#/werkgevers/${id}` }, name);
const vacancyLink = (v) => (session.can('wsp.candidates') ? h('a', { href: `#/vacatures/${v.id}` }, v.title) : v.title);
const canWrite = () => session.can('wsp.write');
const serves = (code) => session.user().role === 'beheer' || (session.user().municipalities || []).some((m) => (typeof m === 'object' ? m.code : m) === code);

let muniNames = new Map();
async function loadMunicipalities() {
  const list = await ref.municipalities();
  muniNames = new Map(list.map((m) => [m.code, m.name]));
  return list;
}
const muniName = (code) => muniNames.get(code) || code || '';

// The 48-hour clock of a question: time left, time over, or when it was answered (the clock stops).
export function clock(q, now = Date.now()) {
  if (q.answered_at) return `beantwoord ${fmt.dateTime(q.answered_at)}`;
  const due = new Date(q.due_at).getTime();
  if (Number.isNaN(due)) return '';
  const hours = Math.floor(Math.abs(due - now) / 3600000);
  const text = hours >= 48 ? `${Math.floor(hours / 24)} dagen` : `${hours} uur`;
  return due >= now ? `nog ${text}` : `${text} over tijd`;
}

// A form folded into a <details> disclosure, so the page stays a list first.
function disclosure(summary, ...content) {
  return h('details', { class: 'disclosure' }, h('summary', null, summary), h('div', { class: 'disclosure-body' }, ...content));
}

async function submitTo(form, path, body, done) {
  try {
    const out = await api.post(path, body);
    await done(out);
  } catch (err) {
    if (err instanceof ApiError) form.showErrors([{ field: err.field, message: sentence(err.detail || err.message) }]);
    else throw err;
  }
}

// A checkbox group (skills, target groups) as a fieldset; returns { el, values() }.
function checkboxes(legend, name, items, hint) {
  const boxes = items.map(([value, label]) => {
    const id = `f-${name}-${value}`.replace(/[^a-zA-Z0-9_-]/g, '_');
    return { value, el: h('div', { class: 'field-checkbox' }, h('input', { type: 'checkbox', id, name, value }), h('label', { for: id }, label)) };
  });
  const el = h('fieldset', { class: 'fieldset checkbox-group' }, h('legend', null, legend, h('span', { class: 'optional' }, ' (optioneel)')),
    hint ? h('p', { class: 'field-hint' }, hint) : null, h('div', { class: 'checkbox-columns' }, boxes.map((b) => b.el)));
  return { el, values: () => boxes.filter((b) => b.el.querySelector('input').checked).map((b) => b.value) };
}

const wholeNumber = (min, max, what) => (raw) => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? { value: n } : { error: `Vul bij ${what} een heel getal van ${min} tot en met ${max} in.` };
};

function questionTable(caption, rows, { answer = false } = {}) {
  return table(caption, [
    { label: 'Onderwerp', cell: (q) => q.subject },
    { label: 'Werkgever', cell: (q) => employerLink(q.employer, q.employer_name), rowHeader: false },
    { label: 'Gesteld', cell: (q) => fmt.dateTime(q.asked_at), nowrap: true },
    { label: 'Uiterlijk antwoord', cell: (q) => fmt.dateTime(q.due_at), nowrap: true },
    { label: '48-uursklok', cell: (q) => clock(q) },
    { label: 'Status', cell: (q) => badge(QUESTION_TONE[q.status] || 'neutral', L.label('question_status', q.status)) },
    answer ? { label: 'Antwoord', cell: (q) => (q.answered_at ? (q.answer || '') : answerForm(q)) } : null,
  ].filter(Boolean), rows, { empty: 'Geen vragen.' });
}

// Answering stops the clock: POST /questions/{id}/answer, then the page is drawn again.
function answerForm(q) {
  if (!canWrite()) return '';
  const form = new Form({ id: `answer-${q.id}`, submitLabel: 'Antwoord opslaan', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    await submitTo(f, `/questions/${q.id}/answer`, { answer: values.answer, answered_by: session.user().username }, async () => {
      setFlash(`De vraag "${q.subject}" is beantwoord; de 48-uursklok is gestopt.`);
      render();
    });
  } });
  form.add('answer', 'Antwoord', { kind: 'textarea', required: true, rows: 3, id: `f-answer-${q.id}` });
  return disclosure(h('span', null, 'Beantwoorden', h('span', { class: 'visually-hidden' }, `: ${q.subject}`)), form.el);
}

function employerForm(munis) {
  const mine = munis.filter((m) => serves(m.code));
  const form = new Form({ id: 'employer-new', submitLabel: 'Werkgever toevoegen', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    const body = { kvk: values.kvk, name: values.name, municipality: values.municipality, size_class: values.size_class };
    for (const k of ['sector', 'postcode', 'account_manager']) if (values[k]) body[k] = values[k];
    await submitTo(f, '/employers', body, async (out) => {
      setFlash(`Werkgever ${values.name} is toegevoegd.`);
      go(`/werkgevers/${out.id}`);
    });
  } });
  form.add('kvk', 'KvK-nummer', { required: true, inputmode: 'numeric', maxlength: 8, width: 'short', hint: '8 cijfers' });
  form.add('name', 'Naam', { required: true });
  form.add('municipality', 'Gemeente', { kind: 'select', required: true, options: ref.municipalityOptions(mine), placeholder: mine.length === 1 ? undefined : 'Kies een gemeente' });
  form.add('size_class', 'Grootte', { kind: 'select', required: true, options: L.options('employer_size'), placeholder: 'Kies de grootte' });
  form.add('sector', 'Sector');
  form.add('postcode', 'Postcode', { width: 'short', hint: 'Bijvoorbeeld 2711 AB' });
  form.add('account_manager', 'Accountmanager', { value: session.user().username });
  return disclosure('Werkgever toevoegen', form.el);
}

async function candidateForm(munis) {
  const skills = await api.get('/skills');
  const mine = munis.filter((m) => serves(m.code));
  const skillBox = checkboxes('Vaardigheden', 'cand-skills', (skills.items || skills).filter((s) => s.active !== false).map((s) => [s.name, s.name]));
  const groupBox = checkboxes('Doelgroepen', 'cand-groups', L.entries('target_group'));
  const form = new Form({ id: 'candidate-new', submitLabel: 'Kandidaat registreren', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (values.bsn && !fmt.bsnValid(values.bsn)) errors.push({ field: 'bsn', message: 'Dit BSN klopt niet (elfproef). Controleer de cijfers.' });
    if (errors.length) { f.showErrors(errors); return; }
    const body = { bsn: values.bsn, municipality: values.municipality, education: values.education, hours_min: values.hours_min,
      hours_max: values.hours_max, postcode: values.postcode, travel_km: values.travel_km, available_from: values.available_from,
      consent: values.consent, skills: skillBox.values(), groups: groupBox.values() };
    await submitTo(f, '/candidates', body, async (out) => {
      setFlash(`Kandidaat ${out.id} is geregistreerd${values.consent ? '' : ' (zonder toestemming: staat op geen enkele shortlist)'}.`);
      render();
    });
  } });
  form.add('bsn', 'BSN', { id: 'f-cand-bsn', required: true, inputmode: 'numeric', maxlength: 9, width: 'short', hint: 'Wordt niet opgeslagen, alleen een sleutel ervan.' });
  form.add('municipality', 'Gemeente', { id: 'f-cand-municipality', kind: 'select', required: true, options: ref.municipalityOptions(mine), placeholder: mine.length === 1 ? undefined : 'Kies een gemeente' });
  form.add('education', 'Opleiding', { id: 'f-cand-education', kind: 'select', required: true, options: L.options('education'), placeholder: 'Kies een niveau' });
  form.add('hours_min', 'Uren per week, minimaal', { id: 'f-cand-hours_min', kind: 'decimal', required: true, width: 'short' });
  form.add('hours_max', 'Uren per week, maximaal', { id: 'f-cand-hours_max', kind: 'decimal', required: true, width: 'short' });
  form.add('postcode', 'Postcode (4 cijfers)', { id: 'f-cand-postcode', required: true, inputmode: 'numeric', maxlength: 7, width: 'short' });
  form.add('travel_km', 'Reisafstand in km', { id: 'f-cand-travel_km', required: true, parse: wholeNumber(0, 300, 'reisafstand'), inputmode: 'numeric', width: 'short' });
  form.add('available_from', 'Beschikbaar vanaf', { id: 'f-cand-available_from', kind: 'date', required: true, hint: 'Als dd-mm-jjjj' });
  form.add('consent', 'Kandidaat geeft toestemming om voorgesteld te worden', { id: 'f-cand-consent', kind: 'checkbox' });
  form.body.append(skillBox.el, groupBox.el);
  return disclosure('Kandidaat registreren', form.el);
}

export default async function overview() {
  const [questions, stats, vacancies, employers, munis] = await Promise.all([
    api.get('/questions', { status: 'open' }), api.get('/questions/stats'), api.get('/vacancies', { status: 'open' }),
    api.get('/employers'), loadMunicipalities(),
  ]);
  const overdue = questions.filter((q) => q.status === 'te-laat');
  return page('Werkgeversservicepunt',
    pageHeader('Werkgeversservicepunt', { lead: 'Eén aanspreekpunt voor werkgevers: vragen binnen 48 uur beantwoord, vacatures met precies het gevraagde aantal geschikte kandidaten.' }),
    takeFlash(),
    h('section', { 'aria-labelledby': 'h-vragen' },
      h('h2', { id: 'h-vragen' }, `Openstaande vragen (${questions.length}, waarvan ${overdue.length} over tijd)`),
      questionTable('Openstaande vragen van werkgevers', questions, { answer: true })),
    h('section', { 'aria-labelledby': 'h-norm' },
      h('h2', { id: 'h-norm' }, 'Binnen 48 uur beantwoord, per maand'),
      table('Aandeel vragen binnen 48 uur beantwoord', [
        { label: 'Maand', cell: (m) => fmt.month(m.month) },
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
        { label: 'Uren per week', cell: (v) => `${fmt.number(v.hours_min)}–${fmt.number(v.hours_max)}`, nowrap: true },
        { label: 'Start', cell: (v) => fmt.date(v.start_date), nowrap: true },
        { label: 'Gevraagd aantal', cell: (v) => fmt.number(v.wanted), numeric: true },
        { label: 'Voorgesteld', cell: (v) => fmt.number(v.proposals), numeric: true },
      ], vacancies, { empty: 'Geen open vacatures.' })),
    h('section', { 'aria-labelledby': 'h-wg' },
      h('h2', { id: 'h-wg' }, 'Werkgevers'),
      canWrite() ? employerForm(munis) : null,
      table('Werkgevers', [
        { label: 'Naam', cell: (e) => employerLink(e.id, e.name) },
        { label: 'KvK', cell: (e) => e.kvk },
        { label: 'Gemeente', cell: (e) => muniName(e.municipality) },
        { label: 'Accountmanager', cell: (e) => e.account_manager },
        { label: 'Laatste contact', cell: (e) => fmt.date(e.last_contact), nowrap: true },
        { label: 'Open vacatures', cell: (e) => fmt.number(e.open_vacancies), numeric: true },
      ], employers, { empty: 'Nog geen werkgevers.' })),
    session.can('wsp.candidates') ? h('section', { 'aria-labelledby': 'h-kand' },
      h('h2', { id: 'h-kand' }, 'Kandidaten'),
      h('p', null, 'Een kandidaat staat alleen op een shortlist met toestemming om voorgesteld te worden.'),
      await candidateForm(munis)) : null,
    session.can('wsp.candidates') ? await aftercareSection() : null);
}

function momentForm(e) {
  const form = new Form({ id: 'moment-new', submitLabel: 'Contactmoment opslaan', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    const body = { kind: values.kind, date: values.date };
    if (values.account_manager) body.account_manager = values.account_manager;
    if (values.notes) body.notes = values.notes;
    await submitTo(f, `/employers/${e.id}/contact-moments`, body, async () => {
      setFlash(`Het contactmoment van ${fmt.date(values.date)} is vastgelegd.`);
      render();
    });
  } });
  form.add('kind', 'Soort contact', { kind: 'select', required: true, options: L.options('contact_moment'), placeholder: 'Kies de soort' });
  form.add('date', 'Datum', { kind: 'date', required: true, value: fmt.date(fmt.todayIso()), hint: 'Als dd-mm-jjjj' });
  form.add('account_manager', 'Accountmanager', { value: session.user().username });
  form.add('notes', 'Notitie', { kind: 'textarea', rows: 3 });
  return disclosure('Contactmoment vastleggen', form.el);
}

function questionForm(e) {
  const form = new Form({ id: 'question-new', submitLabel: 'Vraag registreren', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    const body = { employer: e.id, subject: values.subject };
    if (values.question) body.question = values.question;
    if (values.channel) body.channel = values.channel;
    await submitTo(f, '/questions', body, async () => {
      setFlash(`De vraag "${values.subject}" is geregistreerd; de 48-uursklok loopt.`);
      render();
    });
  } });
  form.add('subject', 'Onderwerp', { required: true });
  form.add('question', 'Vraag', { kind: 'textarea', rows: 3 });
  form.add('channel', 'Kanaal', { hint: 'Bijvoorbeeld telefoon of e-mail' });
  return disclosure('Vraag registreren', form.el);
}

async function vacancyForm(e) {
  const skills = (await api.get('/skills'));
  const names = (skills.items || skills).filter((s) => s.active !== false).map((s) => [s.name, s.name]);
  const required = checkboxes('Vereiste vaardigheden', 'vac-required', names, 'Een kandidaat zonder een vereiste vaardigheid scoort lager en krijgt een waarschuwing op de shortlist.');
  const wished = checkboxes('Gewenste vaardigheden', 'vac-wished', names);
  const groups = checkboxes('Doelgroepen', 'vac-groups', L.entries('target_group'), 'Geen keuze: de vacature staat open voor alle doelgroepen.');
  const form = new Form({ id: 'vacancy-new', submitLabel: 'Vacature toevoegen', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    const body = { employer: e.id, title: values.title, hours_min: values.hours_min, hours_max: values.hours_max,
      start_date: values.start_date, wanted: values.wanted, required_skills: required.values(), wished_skills: wished.values(), groups: groups.values() };
    if (values.education) body.education = values.education;
    if (values.postcode) body.postcode = values.postcode;
    await submitTo(f, '/vacancies', body, async (out) => {
      setFlash(`De vacature ${values.title} is toegevoegd. Hieronder staat de shortlist.`);
      go(`/vacatures/${out.id}`);
    });
  } });
  form.add('title', 'Functie', { required: true });
  form.add('hours_min', 'Uren per week, minimaal', { kind: 'decimal', required: true, width: 'short' });
  form.add('hours_max', 'Uren per week, maximaal', { kind: 'decimal', required: true, width: 'short' });
  form.add('start_date', 'Startdatum', { kind: 'date', required: true, hint: 'Als dd-mm-jjjj' });
  form.add('wanted', 'Gevraagd aantal kandidaten', { required: true, parse: wholeNumber(1, 50, 'gevraagd aantal'), inputmode: 'numeric', width: 'short', hint: '1 tot en met 50' });
  form.add('education', 'Minimale opleiding', { kind: 'select', options: L.options('education'), placeholder: 'Geen eis' });
  form.add('postcode', 'Postcode van de werkplek', { width: 'short', hint: 'Leeg: die van de werkgever' });
  form.body.append(required.el, wished.el, groups.el);
  return disclosure('Vacature toevoegen', form.el);
}

// A contract on the employer page links only when the user may open it (the user's municipalities).
function contractCell(c) {
  return session.can('register.read') && serves(c.municipality) ? h('a', { href: `#/contracten/${c.contract}` }, c.reference) : c.reference;
}

export async function employer({ params }) {
  const [e] = await Promise.all([api.get(`/employers/${encodeURIComponent(params.id)}`), loadMunicipalities()]);
  const sebo = e.sebo || {};
  const write = canWrite();
  const open = e.sroi_contracts || [];
  return page(e.name,
    pageHeader(e.name, { back: { href: '#/werkgevers', label: 'Werkgeversservicepunt' } }),
    takeFlash(),
    details([
      ['KvK-nummer', e.kvk], ['Gemeente', muniName(e.municipality)], ['Sector', e.sector], ['Grootte', L.label('employer_size', e.size_class)],
      ['Postcode', e.postcode], ['Accountmanager', e.account_manager],
      ['SEBO-keurmerk', sebo.valid_today ? badge('good', `geldig${sebo.valid_until ? ' tot ' + fmt.date(sebo.valid_until) : ''}`) : badge('neutral', 'geen geldig keurmerk')],
      ['Social return', e.sroi_obligation ? badge('warn', `ja, lopende verplichting (${open.length})`) : 'geen openstaande verplichting'],
    ]),
    open.length ? h('section', { 'aria-labelledby': 'h-sroi' }, h('h2', { id: 'h-sroi' }, 'Openstaande social return als opdrachtnemer'),
      table('Contracten met een social-return-verplichting', [
        { label: 'Kenmerk', cell: contractCell },
        { label: 'Titel', cell: (c) => c.title, rowHeader: false },
        { label: 'Gemeente', cell: (c) => muniName(c.municipality) },
        { label: 'Looptijd tot', cell: (c) => fmt.date(c.end_date), nowrap: true },
        { label: 'Verplichting', cell: (c) => fmt.euro(c.obligation), numeric: true },
        { label: 'Nog te realiseren', cell: (c) => fmt.euro(c.remaining), numeric: true },
      ], open)) : null,
    h('section', { 'aria-labelledby': 'h-vragen' }, h('h2', { id: 'h-vragen' }, 'Vragen'),
      write ? questionForm(e) : null,
      questionTable('Vragen van deze werkgever', e.questions.map((q) => ({ ...q, employer_name: e.name })), { answer: true })),
    h('section', { 'aria-labelledby': 'h-vac' }, h('h2', { id: 'h-vac' }, 'Vacatures'),
      write ? await vacancyForm(e) : null,
      table('Vacatures van deze werkgever', [
        { label: 'Vacature', cell: vacancyLink }, { label: 'Start', cell: (v) => fmt.date(v.start_date), nowrap: true },
        { label: 'Gevraagd aantal', cell: (v) => fmt.number(v.wanted), numeric: true },
        { label: 'Status', cell: (v) => L.label('vacancy_status', v.status) },
      ], e.vacancies, { empty: 'Geen vacatures.' })),
    h('section', { 'aria-labelledby': 'h-plaats' }, h('h2', { id: 'h-plaats' }, 'Plaatsingen'),
      table('Plaatsingen bij deze werkgever', [
        { label: 'Kandidaat', cell: (p) => `Kandidaat ${p.candidate}` },
        { label: 'Vacature', cell: (p) => { const v = e.vacancies.find((x) => x.id === p.vacancy); return v ? vacancyLink(v) : String(p.vacancy); } },
        { label: 'Start', cell: (p) => fmt.date(p.start_date), nowrap: true },
        { label: 'Contract', cell: (p) => L.label('contract_type', p.contract_type) },
        { label: 'Instrument', cell: (p) => L.label('instrument', p.instrument) },
      ], e.placements, { empty: 'Nog geen plaatsingen.' })),
    h('section', { 'aria-labelledby': 'h-moment' }, h('h2', { id: 'h-moment' }, 'Contactmomenten'),
      write ? momentForm(e) : null,
      table('Contactmomenten', [
        { label: 'Datum', cell: (m) => fmt.date(m.date), nowrap: true }, { label: 'Soort', cell: (m) => L.label('contact_moment', m.kind) },
        { label: 'Accountmanager', cell: (m) => m.account_manager }, { label: 'Notitie', cell: (m) => m.notes },
      ], e.contact_moments, { empty: 'Nog geen contactmomenten.' })),
    h('section', { 'aria-labelledby': 'h-contact' }, h('h2', { id: 'h-contact' }, 'Contactpersonen'),
      table('Contactpersonen', [
        { label: 'Naam', cell: (c) => c.name }, { label: 'Rol', cell: (c) => c.role },
        { label: 'E-mail', cell: (c) => c.email || '' }, { label: 'Telefoon', cell: (c) => c.phone || '' },
      ], e.contacts, { empty: 'Geen contactpersonen.' })));
}

function reasons(item) {
  return h('ul', { class: 'reasons' }, item.reasons.map((r) =>
    h('li', null, h('strong', null, `${L.label('criterion', r.criterion)}: ${fmt.number(r.points)} van ${fmt.number(r.max)}`), ' – ', r.text)));
}

// The required skills a candidate lacks ("" when none): the server's reason text names them.
export function missingRequired(item) {
  const r = (item.reasons || []).find((x) => x.criterion === 'vaardigheden_vereist');
  if (!r || Number(r.points) >= Number(r.max)) return '';
  const m = /\(mist: ([^)]*)\)/.exec(r.text || '');
  return m ? m[1] : 'een of meer vereiste vaardigheden';
}

// Placing records the placement and, for a candidate in the doelgroepregister, its banenafspraak
// record in one step (POST /placements); the result says both.
function placeForm(v, item, message) {
  const form = new Form({ id: `place-${item.candidate}`, submitLabel: 'Plaatsing vastleggen', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    const body = { vacancy: v.id, candidate: item.candidate, start_date: values.start_date, hours: values.hours,
      contract_type: values.contract_type, instrument: values.instrument || 'geen' };
    await submitTo(f, '/placements', body, async (out) => {
      const parts = [`Kandidaat ${item.candidate} is geplaatst bij ${v.employer_name} per ${fmt.date(out.start_date)}.`];
      const b = out.banenafspraak || {};
      if (b.created) parts.push(`Er is een banenafspraak-registratie aangemaakt (nummer ${b.employment}).`);
      else if (b.employment) parts.push(`De plaatsing is gekoppeld aan de bestaande banenafspraak-registratie ${b.employment}.`);
      else parts.push('De kandidaat staat niet in het doelgroepregister: geen banenafspraak-registratie.');
      if (out.sroi_note) parts.push(sentence(out.sroi_note));
      f.el.closest('details').replaceWith(badge('good', 'Geplaatst'));
      showMessage(message, parts.join(' '), 'success');
    });
  } });
  form.add('start_date', 'Startdatum', { kind: 'date', required: true, value: fmt.date(v.start_date), id: `f-start-${item.candidate}`, hint: 'Als dd-mm-jjjj' });
  form.add('hours', 'Uren per week', { kind: 'decimal', required: true, value: fmt.number(v.hours_max), id: `f-hours-${item.candidate}`, width: 'short' });
  form.add('contract_type', 'Soort contract', { kind: 'select', required: true, options: L.options('contract_type'), placeholder: 'Kies', id: `f-contract-${item.candidate}` });
  form.add('instrument', 'Instrument', { kind: 'select', options: L.options('instrument'), id: `f-instrument-${item.candidate}` });
  return disclosure(h('span', null, 'Plaatsen', h('span', { class: 'visually-hidden' }, `: kandidaat ${item.candidate}`)), form.el);
}

// The result of an action on the shortlist: shown, announced, and focused so keyboard users land on it.
function showMessage(box, text, kind) {
  box.hidden = false;
  box.className = `notice notice-${kind}`;
  box.textContent = text;
  box.focus();
}

function wantedForm(v, suitable) {
  const form = new Form({ id: 'wanted', submitLabel: 'Aantal aanpassen', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    await submitTo(f, `/vacancies/${v.id}/wanted`, { wanted: values.wanted }, async () => {
      setFlash(`De werkgever vraagt nu ${values.wanted} ${values.wanted === 1 ? 'kandidaat' : 'kandidaten'}.`);
      render();
    });
  } });
  form.add('wanted', 'Gevraagd aantal kandidaten', { required: true, parse: wholeNumber(1, 50, 'gevraagd aantal'), inputmode: 'numeric', width: 'short',
    value: String(Math.max(1, suitable)), hint: `Nu gevraagd: ${v.wanted}. Kandidaten met alle vereiste vaardigheden: ${suitable}.` });
  return form.el;
}

export async function shortlist({ params }) {
  const id = encodeURIComponent(params.id);
  const [v, list] = await Promise.all([api.get(`/vacancies/${id}`), api.get(`/vacancies/${id}/shortlist`)]);
  const message = h('div', { role: 'status', class: 'notice notice-success', hidden: true, tabindex: '-1', id: 'shortlist-result' });
  const write = canWrite();
  const open = v.status === 'open';
  const propose = async (item, button, cell) => {
    button.disabled = true;
    try {
      await api.post('/proposals', { vacancy: v.id, candidate: item.candidate });
      button.replaceWith(badge('neutral', L.label('proposal_outcome', 'voorgesteld')));
      if (open) cell.append(' ', placeForm(v, item, message));
      showMessage(message, `Kandidaat ${item.candidate} is voorgesteld aan ${v.employer_name}.`, 'success');
    } catch (err) {
      button.disabled = false;
      showMessage(message, err instanceof ApiError ? sentence(err.detail) : 'Voorstellen is niet gelukt.', 'error');
    }
  };
  const rows = list.items.map((item) => ({ ...item, missing: missingRequired(item) }));
  const lacking = rows.filter((r) => r.missing);
  const complete = rows.length - lacking.length;
  const action = (i) => {
    const cell = h('div', { class: 'row-actions' });
    if (i.proposal) {
      cell.append(badge('neutral', L.label('proposal_outcome', i.proposal.outcome)));
      if (open && ['voorgesteld', 'uitgenodigd'].includes(i.proposal.outcome)) cell.append(' ', placeForm(v, i, message));
    } else if (open) {
      const b = h('button', { type: 'button', class: `button button-small${i.missing ? ' button-secondary' : ''}` },
        i.missing ? 'Toch voorstellen' : 'Voorstellen', h('span', { class: 'visually-hidden' }, `: kandidaat ${i.candidate}`));
      b.addEventListener('click', () => propose(i, b, cell));
      cell.append(b);
    }
    return cell;
  };
  return page(`Shortlist ${v.title}`,
    pageHeader(`Shortlist: ${v.title}`, { back: { href: `#/werkgevers/${v.employer}`, label: v.employer_name },
      lead: `De werkgever vraagt ${v.wanted} ${v.wanted === 1 ? 'kandidaat' : 'kandidaten'}; de shortlist bevat er ${list.count}.` }),
    takeFlash(),
    details([
      ['Uren per week', `${fmt.number(v.hours_min)}–${fmt.number(v.hours_max)}`], ['Start', fmt.date(v.start_date)],
      ['Vereiste vaardigheden', v.required_skills.join(', ')], ['Gewenste vaardigheden', v.wished_skills.join(', ')],
      ['Opleiding', L.label('education', v.education)], ['Doelgroepen', v.groups.length ? v.groups.map((g) => L.label('target_group', g)).join(', ') : 'alle'],
      ['Status', L.label('vacancy_status', v.status)],
    ]),
    list.shortfall ? h('p', { class: 'notice notice-warning' }, `Minder kandidaten dan gevraagd: ${list.shortfall}.`) : null,
    lacking.length ? h('div', { class: 'notice notice-warning', id: 'missing-skills' },
      h('p', null, h('strong', null, `${lacking.length} van de ${rows.length} kandidaten ${lacking.length === 1 ? 'mist' : 'missen'} een vereiste vaardigheid.`),
        ` Alle vereiste vaardigheden: ${complete} ${complete === 1 ? 'kandidaat' : 'kandidaten'}.`),
      write && open ? [h('p', null, 'Stel liever minder kandidaten voor: vraag de werkgever om een kleiner aantal.'), wantedForm(v, complete)] : null) : null,
    message,
    table('Shortlist, beste eerst', [
      { label: 'Plaats', cell: (i) => String(i.rank) },
      { label: 'Kandidaat', cell: (i) => [`Kandidaat ${i.candidate}`, i.missing ? [h('br'), badge('warn', `Mist vereist: ${i.missing}`)] : null], rowHeader: false },
      { label: 'Score', cell: (i) => fmt.number(i.score), numeric: true },
      { label: 'Onderbouwing', cell: reasons },
      { label: 'Voorstel', cell: action },
    ], rows, { empty: 'Geen geschikte kandidaten in uw gemeenten.' }));
}
