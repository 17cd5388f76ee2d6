// Entry point: loads the session, draws the menu for the user's role and starts the router.
import { h, clear, announce } from './dom.js';
import * as session from './session.js';
import * as router from './router.js';
import { registerRoutes, menuFor } from './routes.js';
import * as L from './labels.js';

function drawHeader(activeKey) {
  const user = session.user();
  const list = document.getElementById('nav-list');
  clear(list);
  for (const item of menuFor()) {
    const a = h('a', { href: '#' + item.path }, item.label);
    if (item.key === activeKey) a.setAttribute('aria-current', 'page');
    list.append(h('li', null, a));
  }
  const box = document.getElementById('user-box');
  clear(box);
  if (user) {
    const who = [user.username, L.label('role', user.role)];
    if (user.organisation && user.organisation.name) who.push(user.organisation.name);
    box.append(
      h('span', { class: 'user-name' }, h('span', { class: 'visually-hidden' }, 'Ingelogd als '), who.join(' · ')),
      h('button', { type: 'button', class: 'button button-quiet', id: 'logout', onclick: async () => {
        await session.logout().catch(() => {});
        announce('U bent uitgelogd.');
        router.go('/inloggen?uitgelogd=1');
      } }, 'Uitloggen'));
  }
}

let activeKey = null;
router.setNavigateHook((key) => { activeKey = key; drawHeader(key); });
window.addEventListener('inclusio:session', () => drawHeader(activeKey));
window.addEventListener('inclusio:unauthorised', () => {
  if (session.user()) {
    session.forget();
    const here = window.location.hash.replace(/^#/, '') || '/';
    const back = here.startsWith('/inloggen') ? '' : `&terug=${encodeURIComponent(here)}`;
    router.go(`/inloggen?verlopen=1${back}`);
  }
});

// The skip link must not change the hash (that is the router's address): focus the content.
function wireSkipLink() {
  const link = document.querySelector('.skip-link');
  link.addEventListener('click', (ev) => {
    ev.preventDefault();
    const main = document.getElementById('main');
    main.focus();
    main.scrollIntoView();
  });
}

async function main() {
  wireSkipLink();
  registerRoutes();
  // the label table is needed by every page; it loads beside the session
  await Promise.all([session.load().catch(() => { /* server unreachable: public pages still work */ }), L.load()]);
  drawHeader(null);
  router.start();
}

main();
