// Users (beheer): who has access, with which role, for which organisation and municipalities;
// add an account, block one.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as model from '../model.js';
import * as ref from '../refdata.js';
import { render } from '../router.js';
import * as session from '../session.js';
import { page, pageHeader, table, statusBadge, setFlash, takeFlash } from '../components.js';
import * as L from '../labels.js';

function names(list, munis) {
  return (list || []).map((m) => {
    const code = typeof m === 'object' ? m.code : m;
    const found = munis.find((x) => x.code === code);
    return found ? found.name : (typeof m === 'object' ? m.name || m.code : m);
  }).join(', ');
}

function disableButton(u) {
  if (u.disabled || (session.user() && session.user().id === u.id)) return '';
  const button = h('button', {
    type: 'button', class: 'button button-small button-quiet',
    onclick: async () => {
      if (!window.confirm(`Gebruiker ${u.username} blokkeren? Die kan dan niet meer inloggen.`)) return;
      button.disabled = true;
      try {
        await api.post(`/users/${u.id}/disable`, {});
        setFlash(`Gebruiker ${u.username} is geblokkeerd.`);
        render();
      } catch (err) {
        button.disabled = false;
        button.after(h('p', { class: 'field-error', role: 'alert' }, err.detail || err.message));
      }
    },
  }, 'Blokkeren', h('span', { class: 'visually-hidden' }, `: ${u.username}`));
  return button;
}

function addForm(munis, orgs) {
  const form = new Form({
    id: 'user-form', submitLabel: 'Gebruiker toevoegen',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      const role = values.role;
      if (role === 'opdrachtnemer' && !values.organisation) errors.push({ field: 'organisation', message: 'Kies de organisatie van de opdrachtnemer.' });
      if (errors.length) { f.showErrors(errors); return; }
      const body = { username: values.username, role, password: values.password };
      const chosen = munis.filter((m) => values[`muni-${m.code}`]).map((m) => m.code);
      if (chosen.length) body.municipalities = chosen;
      if (role === 'opdrachtnemer') body.organisation = values.organisation;
      try {
        await api.post('/users', body);
        setFlash(`Gebruiker ${values.username} is toegevoegd. Geef het wachtwoord op een veilige manier door.`);
        render();
      } catch (err) { f.showApiError(err); }
    },
  });
  const cols = h('div', { class: 'form-columns' });
  form.body.append(cols);
  form.add('username', 'Gebruikersnaam', { required: true, container: cols, maxlength: 64, autocomplete: 'off' });
  const roleField = form.add('role', 'Rol', { kind: 'select', required: true, container: cols, placeholder: 'Kies een rol', options: L.options('role') });
  const org = form.add('organisation', 'Organisatie (opdrachtnemer)', { kind: 'select', required: true, container: cols, placeholder: 'Kies een organisatie', options: orgs.map((o) => ({ value: o.kvk, label: `${o.name} (KvK ${o.kvk})` })) });
  form.add('password', 'Eerste wachtwoord', { kind: 'password', required: true, container: cols, autocomplete: 'new-password', hint: 'Minstens 10 tekens en niet makkelijk te raden (geen veelgebruikt wachtwoord, reeks of de gebruikersnaam).' });
  const muniBox = h('div', { class: 'checkbox-grid' });
  const muniSet = h('fieldset', { id: 'f-municipality', tabindex: '-1' }, h('legend', null, 'Gemeenten'),
    h('p', { class: 'field-hint' }, 'Voor SR-team, inkoop, WSP, P&O en raad: de gemeenten waarvan de gebruiker gegevens ziet.'), muniBox);
  form.body.append(muniSet);
  for (const m of munis) form.add(`muni-${m.code}`, m.name, { kind: 'checkbox', container: muniBox, id: `f-muni-${m.code}`, api: m === munis[0] ? ['municipality', 'municipalities'] : [] });
  const toggle = () => { org.wrapper.hidden = roleField.input.value !== 'opdrachtnemer'; };
  roleField.input.addEventListener('change', toggle);
  toggle();
  return form.el;
}

export default async function users() {
  const [list, munis, orgs] = await Promise.all([
    api.get('/users').then(model.list), ref.municipalities(), ref.organisations(),
  ]);
  return page('Gebruikers',
    pageHeader('Gebruikers', { lead: 'Accounts met hun rol, organisatie en gemeenten. Een opdrachtnemer ziet alleen de contracten van de eigen organisatie.' }),
    takeFlash(),
    table('Gebruikers', [
      { label: 'Gebruikersnaam', cell: (u) => u.username },
      { label: 'Rol', cell: (u) => L.label('role', u.role), rowHeader: false },
      { label: 'Organisatie', cell: (u) => (u.organisation ? (typeof u.organisation === 'object' ? u.organisation.name : u.organisation) : '') },
      { label: 'Gemeenten', cell: (u) => names(u.municipalities, munis) },
      { label: 'Status', cell: (u) => (u.disabled ? statusBadge('afgewezen', 'Geblokkeerd') : statusBadge('geverifieerd', 'Actief')) },
      { label: 'Actie', cell: disableButton },
    ], list.items, { empty: 'Geen gebruikers.', captionHidden: true, id: 'user-table' }),
    h('h2', null, 'Gebruiker toevoegen'),
    addForm(munis, orgs));
}
