// Who is logged in. Loaded once at start (GET /session) and after login; cleared at logout.
import { api, setCsrfToken, ApiError } from './api.js';

let current = null;
let permissions = new Set();

export function user() { return current; }
export function role() { return current ? current.role : null; }
export function hasRole(...roles) { return Boolean(current && roles.includes(current.role)); }
// What the server's authorisation tables allow this user's role (GET /session -> permissions).
export function can(permission) { return permissions.has(permission); }
// Page access as routes.js writes it: null public, 'user' any login, { any, scope } permissions.
export function may(access) {
  if (access === null || access === undefined) return true;
  if (!current) return false;
  if (access === 'user') return true;
  const scope = current.role === 'opdrachtnemer' ? 'organisation' : 'municipality';
  if (access.scope && access.scope !== scope) return false;
  return access.any.some((p) => permissions.has(p));
}

function accept(data) {
  current = data && data.user ? data.user : null;
  permissions = new Set(current && Array.isArray(data.permissions) ? data.permissions : []);
  setCsrfToken(data ? data.csrf_token : null);
  window.dispatchEvent(new CustomEvent('inclusio:session'));
  return current;
}

export async function load() {
  try {
    return accept(await api.get('/session'));
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 404)) return accept(null);
    throw err;
  }
}

export async function login(username, password) {
  return accept(await api.post('/session', { username, password }));
}

export async function logout() {
  try { await api.del('/session'); } finally { accept(null); }
}

export function forget() { accept(null); }

// The page each role lands on after logging in.
const START = {
  beheer: '/audit',
  'sr-team': '/werkvoorraad',
  inkoop: '/contracten/nieuw',
  opdrachtnemer: '/portaal',
  wsp: '/start',
  po: '/start',
  raad: '/dashboard',
};

export function startPage(r = role()) { return START[r] || '/start'; }
