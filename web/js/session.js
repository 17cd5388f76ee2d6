// Who is logged in. Loaded once at start (GET /session) and after login; cleared at logout.
import { api, setCsrfToken, ApiError } from './api.js';

let current = null;

export function user() { return current; }
export function role() { return current ? current.role : null; }
export function hasRole(...roles) { return Boolean(current && roles.includes(current.role)); }

function accept(data) {
  current = data && data.user ? data.user : null;
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
