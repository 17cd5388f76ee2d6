// Login. After logging in each role lands on its own start page (or on the page it came for).
import { h } from '../dom.js';
import { Form, notice } from '../forms.js';
import { page, pageHeader } from '../components.js';
import * as session from '../session.js';
import * as router from '../router.js';

export default async function login({ query }) {
  if (session.user()) {
    router.go(session.startPage(), { replace: true });
    return page('Inloggen', h('p', null, 'U bent al ingelogd.'));
  }
  const back = query.get('terug');
  const form = new Form({
    id: 'login-form',
    submitLabel: 'Inloggen',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await session.login(values.username, values.password);
      } catch (err) {
        f.field('password').input.value = '';
        f.showErrors([{ message: err.status === 401 || err.status === 400 ? 'De combinatie van gebruikersnaam en wachtwoord is onjuist.' : (err.detail || err.message) }]);
        return;
      }
      const target = back && back.startsWith('/') && !back.startsWith('/inloggen') ? back : session.startPage();
      router.go(target);
    },
  });
  form.add('username', 'Gebruikersnaam', { required: true, autocomplete: 'username', width: 'l' });
  form.add('password', 'Wachtwoord', { kind: 'password', required: true, autocomplete: 'current-password', width: 'l' });
  const notices = [];
  if (query.get('uitgelogd')) notices.push(notice('success', h('p', null, 'U bent uitgelogd.')));
  if (query.get('verlopen')) notices.push(notice('warning', h('p', null, 'Uw sessie is verlopen. Log opnieuw in.')));
  if (back && !query.get('verlopen')) notices.push(notice('info', h('p', null, 'Log in om verder te gaan.')));
  return page('Inloggen',
    h('div', { class: 'login' },
      pageHeader('Inloggen', { lead: 'Voor medewerkers van de gemeente en voor opdrachtnemers met een account.' }),
      notices, form.el,
      h('p', { class: 'muted' }, 'Alleen iets uitrekenen? Gebruik de ', h('a', { href: '#/rekenhulp' }, 'rekenhulp'), ', daarvoor hoeft u niet in te loggen.')));
}
