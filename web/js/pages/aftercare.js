// Aftercare after a placement, on the WSP overview for wsp and sr-team: the worklist of contacts due
// in the next 14 days or overdue (the municipality's schedule, e.g. a job-coach contact every 8
// weeks in the first year), and forms to record a contact and a placement's outcome.
// API: GET /placements/aftercare, POST /placements/{id}/aftercare, POST /placements/{id}/outcome.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api, ApiError, sentence } from '../api.js';
import { Form } from '../forms.js';
import { render } from '../router.js';
import { table, setFlash } from '../components.js';

const KINDS = [['jobcoach', 'Jobcoach'], ['werkgever', 'Werkgever'], ['kandidaat', 'Kandidaat'], ['gemeente', 'Gemeente']];
const OUTCOMES = [['werkt', 'Werkt nog'], ['verlengd', 'Contract verlengd'], ['vast', 'Vast contract'], ['beeindigd', 'Beëindigd']];
const opts = (pairs) => pairs.map(([value, label]) => ({ value, label }));
const placementLabel = (p) => `${p.title} bij ${p.employer_name} (kandidaat ${p.candidate}, start ${fmt.date(p.start_date)})`;

function disclosure(summary, ...content) {
  return h('details', { class: 'disclosure' }, h('summary', null, summary), h('div', { class: 'disclosure-body' }, ...content));
}

async function post(form, path, body, flash) {
  try {
    await api.post(path, body);
    setFlash(flash);
    render();
  } catch (err) {
    if (err instanceof ApiError) form.showErrors([{ field: err.field, message: sentence(err.detail || err.message) }]);
    else throw err;
  }
}

function contactForm(placements) {
  const form = new Form({ id: 'aftercare-contact', submitLabel: 'Contact opslaan', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    const body = { contact_date: values.contact_date, kind: values.kind };
    if (values.note) body.note = values.note;
    await post(f, `/placements/${values.contact_placement}/aftercare`, body, `Het nazorgcontact van ${fmt.date(values.contact_date)} is vastgelegd.`);
  } });
  form.add('contact_placement', 'Plaatsing', { kind: 'select', required: true, options: placements.map((p) => ({ value: String(p.id), label: placementLabel(p) })), placeholder: 'Kies de plaatsing' });
  form.add('contact_date', 'Datum van het contact', { kind: 'date', required: true, value: fmt.date(fmt.todayIso()), hint: 'Als dd-mm-jjjj' });
  form.add('kind', 'Met wie', { kind: 'select', required: true, options: opts(KINDS), placeholder: 'Kies' });
  form.add('note', 'Notitie', { kind: 'textarea', rows: 3, hint: 'Hoogstens 1000 tekens; alleen wat nodig is voor de begeleiding.' });
  return disclosure('Nazorgcontact vastleggen', form.el);
}

function outcomeForm(placements) {
  const form = new Form({ id: 'placement-outcome', submitLabel: 'Uitkomst opslaan', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    const body = { outcome: values.outcome, date: values.outcome_date };
    if (values.reason) body.reason = values.reason;
    await post(f, `/placements/${values.outcome_placement}/outcome`, body, 'De uitkomst van de plaatsing is vastgelegd.');
  } });
  form.add('outcome_placement', 'Plaatsing', { kind: 'select', required: true, options: placements.map((p) => ({ value: String(p.id), label: placementLabel(p) })), placeholder: 'Kies de plaatsing' });
  form.add('outcome', 'Uitkomst', { kind: 'select', required: true, options: opts(OUTCOMES), placeholder: 'Kies' });
  form.add('outcome_date', 'Datum', { kind: 'date', required: true, value: fmt.date(fmt.todayIso()), hint: 'Bij beëindigd: de laatste werkdag, als dd-mm-jjjj' });
  form.add('reason', 'Toelichting', { kind: 'textarea', rows: 2, hint: 'Verplicht bij beëindigd: waarom.' });
  return disclosure('Uitkomst van een plaatsing vastleggen', form.el);
}

export async function aftercareSection() {
  const [due, placements] = await Promise.all([api.get('/placements/aftercare'), api.get('/placements')]);
  const items = due.items || [];
  const running = placements.filter((p) => !p.end_date);
  const late = items.filter((x) => x.overdue).length;
  return h('section', { 'aria-labelledby': 'h-nazorg' },
    h('h2', { id: 'h-nazorg' }, `Nazorg (${items.length} contacten te doen, waarvan ${late} te laat)`),
    h('p', null, 'Contacten volgens het nazorgschema van de gemeente van de kandidaat, tot 14 dagen vooruit.'),
    table('Nazorgcontacten die moeten', [
      { label: 'Plaatsing', cell: (x) => `${x.title} bij ${x.employer_name}` },
      { label: 'Kandidaat', cell: (x) => String(x.candidate), numeric: true },
      { label: 'Start', cell: (x) => fmt.date(x.start_date), nowrap: true },
      { label: 'Laatste contact', cell: (x) => (x.last_contact ? fmt.date(x.last_contact) : 'nog geen'), nowrap: true },
      { label: 'Contact uiterlijk', cell: (x) => fmt.date(x.due_on), nowrap: true },
      { label: 'Status', cell: (x) => (x.overdue ? `${x.days_overdue} ${x.days_overdue === 1 ? 'dag' : 'dagen'} te laat` : 'op tijd') },
    ], items, { empty: 'Geen nazorgcontacten te doen.' }),
    running.length ? contactForm(running) : null,
    running.length ? outcomeForm(running) : null);
}
