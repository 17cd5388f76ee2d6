// The user's inbox (issue 17): the notices of the daily jobs (GET /inbox), newest first, marked read
// one by one; and the user's own e-mail address for the same notices (PUT /inbox/address).
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import { render } from '../router.js';
import { page, pageHeader, setFlash, takeFlash } from '../components.js';

function item(n) {
  const read = h('button', { type: 'button', class: 'button button-secondary' }, 'Markeer als gelezen',
    h('span', { class: 'visually-hidden' }, `: ${n.subject}`));
  read.addEventListener('click', async () => {
    read.disabled = true;
    await api.post(`/inbox/${n.id}/read`);
    setFlash('Het bericht is als gelezen gemarkeerd.');
    render();
  });
  return h('li', { class: `inbox-item${n.read ? '' : ' unread'}` },
    h('h3', null, n.subject, n.read ? null : h('span', { class: 'visually-hidden' }, ' (ongelezen)')),
    h('p', { class: 'muted' }, `Datum: ${fmt.date(n.due_date)}`,
      n.contract ? [' · ', h('a', { href: `#/contracten/${n.contract.id}` }, `Contract ${n.contract.reference || n.contract.id}`)] : null),
    h('p', { class: 'inbox-body' }, n.body),
    n.read ? null : read);
}

function addressForm(current) {
  const form = new Form({
    id: 'address-form', submitLabel: 'E-mailadres opslaan',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await api.put('/inbox/address', { email: values.email });
        setFlash(`Berichten gaan voortaan ook naar ${values.email}.`);
        render();
      } catch (err) { f.showApiError(err); }
    },
  });
  form.add('email', 'Uw e-mailadres', { required: true, width: 'xl', value: current || '', autocomplete: 'email', inputmode: 'email',
    hint: 'Dezelfde berichten komen dan ook per e-mail, bijvoorbeeld naam@bedrijf.nl.' });
  return form.el;
}

export default async function inbox() {
  const d = await api.get('/inbox');
  const items = (d && d.items) || [];
  return page('Berichten',
    pageHeader('Berichten', { lead: `Herinneringen en taken uit de dagelijkse controle van termijnen. ${d.unread} ongelezen.` }),
    takeFlash(),
    h('h2', null, 'Nieuwste eerst'),
    items.length ? h('ul', { class: 'plain-list', 'aria-label': 'Berichten' }, items.map(item)) : h('p', null, 'Geen berichten.'),
    h('h2', null, 'Berichten per e-mail'),
    h('p', null, d.email ? `Berichten gaan ook naar ${d.email}.` : 'U ontvangt berichten nu alleen hier.'),
    addressForm(d.email));
}
