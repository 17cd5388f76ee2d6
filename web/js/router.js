// Hash router: "#/contracten/12?status=achter". Works with plain static serving (no server-side
// fallback needed) and keeps the back button and bookmarks working. After every navigation the
// page's <h1> receives focus and the title changes, so screen-reader users hear where they are.
import { h, clear } from './dom.js';
import * as session from './session.js';
import { markScrollables } from './components.js';

const routes = [];

// path like "/contracten/:id"; access: null = public, 'user' = any logged-in user, else
// { any: [permission names], scope } (see routes.js and session.may).
export function route(path, access, load, navKey = null) {
  const names = [];
  const re = new RegExp('^' + path.replace(/:[a-z_]+/g, (m) => { names.push(m.slice(1)); return '([^/]+)'; }) + '$');
  routes.push({ path, re, names, access, load, navKey });
}

// Whether the current user may open the page registered under this exact path.
export function allowed(path) {
  const r = routes.find((x) => x.path === path);
  return Boolean(r) && session.may(r.access);
}

export function current() {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?');
  return { path: path || '/', query: new URLSearchParams(qs || '') };
}

export function go(path, { replace = false } = {}) {
  const target = '#' + path;
  if (window.location.hash === target) { render(); return; }
  if (replace) { window.history.replaceState(null, '', target); render(); } else window.location.hash = target;
}

export function href(path, query) {
  const q = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '' && v !== null && v !== undefined)).toString() : '';
  return '#' + path + (q ? '?' + q : '');
}

let renderCount = 0;
let onNavigate = () => {};
export function setNavigateHook(fn) { onNavigate = fn; }

export async function render() {
  const main = document.getElementById('main');
  const { path, query } = current();
  const ticket = ++renderCount;
  let found = null, params = {};
  for (const r of routes) {
    const m = r.re.exec(path);
    if (m) { found = r; r.names.forEach((n, i) => { params[n] = decodeURIComponent(m[i + 1]); }); break; }
  }
  if (path === '/') { go(session.user() ? session.startPage() : '/rekenhulp', { replace: true }); return; }
  if (!found) { show(main, ticket, 'Pagina niet gevonden', notFound(), null); return; }
  if (found.access && !session.user()) {
    go('/inloggen?terug=' + encodeURIComponent(path + (query.toString() ? '?' + query : '')), { replace: true });
    return;
  }
  if (found.access && !session.may(found.access)) {
    show(main, ticket, 'Geen toegang', forbidden(), found.navKey);
    return;
  }
  main.setAttribute('aria-busy', 'true');
  let page;
  try {
    page = await found.load({ params, query, path });
  } catch (err) {
    page = errorPage(err);
  }
  if (ticket !== renderCount) return;  // a newer navigation won
  show(main, ticket, page.title, page.node, found.navKey);
}

let shownBefore = false;
function show(main, ticket, title, node, navKey) {
  if (ticket !== renderCount) return;
  clear(main);
  main.append(node);
  main.removeAttribute('aria-busy');
  main.dataset.rendered = window.location.hash || '#/';  // lets tests wait for this exact page
  document.title = `${title} – inclusio`;
  onNavigate(navKey);
  // After a navigation inside the app, focus goes to the new page's heading so screen-reader users
  // hear where they are. Not on the first page load: there the skip link stays the first Tab stop.
  const h1 = main.querySelector('h1');
  if (h1) h1.setAttribute('tabindex', '-1');
  if (h1 && shownBefore) h1.focus({ preventScroll: true });
  shownBefore = true;
  window.scrollTo(0, 0);
  markScrollables(main);
}

// A failed page load: 404 and 403 say so plainly (without revealing whether a record exists).
function errorPage(err) {
  const home = h('p', null, h('a', { href: '#/' }, 'Ga naar uw startpagina'), '.');
  if (err.status === 404) {
    return { title: 'Niet gevonden', node: h('div', null, h('h1', null, 'Niet gevonden'),
      h('p', null, 'Dit gegeven bestaat niet, of u hebt er geen toegang toe.'), home) };
  }
  if (err.status === 403) {
    return { title: 'Geen toegang', node: h('div', null, h('h1', null, 'Geen toegang'),
      h('p', null, 'U hebt geen toegang tot deze gegevens.'), home) };
  }
  return { title: 'Er ging iets mis', node: h('div', null, h('h1', null, 'Er ging iets mis'),
    h('div', { class: 'notice notice-error', role: 'alert' }, h('p', null, err.detail || err.message)),
    h('p', null, 'Probeer het opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.'), home) };
}

function notFound() {
  return h('div', null, h('h1', null, 'Pagina niet gevonden'),
    h('p', null, 'Deze pagina bestaat niet. ', h('a', { href: '#/' }, 'Ga naar de startpagina'), '.'));
}

function forbidden() {
  return h('div', null, h('h1', null, 'Geen toegang'),
    h('p', null, 'Met uw rol hebt u geen toegang tot deze pagina. ', h('a', { href: '#/' }, 'Ga naar uw startpagina'), '.'));
}

export function start() {
  window.addEventListener('hashchange', render);
  // A table box added after the page was drawn (rows fetched later) is marked as it enters the
  // page; later size changes (window, fonts) are followed by markScrollables' ResizeObserver.
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        if (n.classList.contains('table-wrap')) markScrollables(n.parentElement);
        else if (n.querySelector('.table-wrap')) markScrollables(n);
      }
    }
  }).observe(document.getElementById('main'), { childList: true, subtree: true });
  render();
}
