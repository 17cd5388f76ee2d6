// The dossier of a contract (issue 17): one timeline, newest first, of everything after the award
// (GET /contracts/{id}/dossier). The SR-team records notes and contact moments and chooses whether
// the contractor sees them; the contractor's view holds only the entries meant for it.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as session from '../session.js';
import { render } from '../router.js';
import { setFlash } from '../components.js';

const KINDS = [
  ['telefoongesprek', 'Telefoongesprek'], ['overleg', 'Overleg'], ['e-mail', 'E-mail'],
  ['bezoek', 'Bezoek'], ['notitie', 'Notitie'],
];

function when(at) {
  return /T/.test(at) ? fmt.dateTime(at) : fmt.date(at);
}

function entry(d, contractorView) {
  return h('li', { class: 'timeline-item' },
    h('p', { class: 'timeline-when' }, h('time', { datetime: d.at }, when(d.at))),
    h('div', { class: 'timeline-body' },
      h('p', { class: 'timeline-title' }, d.title,
        !contractorView && !d.for_contractor ? [' ', h('span', { class: 'badge badge-neutral' }, 'intern')] : null),
      d.text ? h('p', { class: 'timeline-text' }, d.text) : null,
      d.actor ? h('p', { class: 'muted timeline-actor' }, `Door ${d.actor.replace(/^user:\d+ /, '')}`) : null));
}

function noteForm(contractId) {
  const form = new Form({
    id: 'dossier-form', submitLabel: 'Vastleggen in het dossier',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await api.post(`/contracts/${contractId}/dossier`, {
          kind: values.kind, date: values.date, text: values.text, for_contractor: Boolean(values.for_contractor),
        });
        setFlash('Vastgelegd in het dossier.');
        render();
      } catch (err) { f.showApiError(err); }
    },
  });
  form.add('kind', 'Soort', { id: 'dossier-kind', kind: 'select', options: KINDS.map(([value, label]) => ({ value, label })), required: true, width: 'l' });
  form.add('date', 'Datum', { id: 'dossier-date', kind: 'date', required: true, width: 'm', value: fmt.date(fmt.todayIso()), hint: 'Als dd-mm-jjjj; niet in de toekomst.' });
  form.add('text', 'Wat is er besproken of afgesproken?', { id: 'dossier-text', kind: 'textarea', rows: 4, maxlength: 4000, required: true });
  form.add('for_contractor', 'De opdrachtnemer mag dit zien', { id: 'dossier-for-contractor', kind: 'checkbox' });
  return form.el;
}

export async function dossierSection(contractId) {
  const contractorView = session.hasRole('opdrachtnemer');
  const d = await api.get(`/contracts/${contractId}/dossier`);
  const items = (d && d.items) || [];
  return h('section', { 'aria-labelledby': 'dossier-title', id: 'dossier' },
    h('h2', { id: 'dossier-title' }, 'Dossier'),
    h('p', null, contractorView
      ? 'Wat er sinds de gunning is gebeurd: uw contact met het SR-team, jaarverslagen, realisaties en berichten.'
      : 'Alles sinds de gunning, nieuwste eerst: contact, gesprekken, e-mail, jaarverslagen en realisaties. Intern: niet zichtbaar voor de opdrachtnemer.'),
    session.can('contract.contact') ? [h('h3', null, 'Notitie of contactmoment vastleggen'), noteForm(contractId)] : null,
    items.length
      ? h('ol', { class: 'timeline', 'aria-label': 'Tijdlijn van het dossier' }, items.map((x) => entry(x, contractorView)))
      : h('p', null, 'Nog niets in het dossier.'));
}
