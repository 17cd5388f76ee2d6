// The JSON API client. Sends the session cookie (same origin) and, on every state-changing
// request, the CSRF token the server handed out at login. Errors come back as problem+json with
// a Dutch `detail` and, for validation errors, the `field` at fault; they are thrown as ApiError.

const BASE = '/api/v1';
let csrfToken = null;

export class ApiError extends Error {
  constructor(status, detail, field, body) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.field = field || null;
    this.body = body || null;
  }
}

// Server messages are written as clauses ("referentie 'x' bestaat al"); shown as sentences.
export function sentence(text) {
  const t = String(text || '').trim();
  if (!t) return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

export function setCsrfToken(token) { csrfToken = token || null; }

function query(params) {
  if (!params) return '';
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

const FALLBACK = {
  400: 'Het verzoek is niet in orde.',
  401: 'U bent niet (meer) ingelogd.',
  403: 'U hebt geen toegang tot deze gegevens.',
  404: 'Niet gevonden.',
  409: 'Dit conflicteert met gegevens die er al zijn.',
  413: 'Het verzoek is te groot.',
  422: 'De invoer is niet in orde.',
  429: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
};

export async function request(method, path, { body, params } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res;
  try {
    res = await fetch(BASE + path + query(params), init);
  } catch {
    throw new ApiError(0, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  }
  if (res.status === 204) return null;
  const text = await res.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!res.ok) {
    const detail = (data && (data.detail || data.title)) || FALLBACK[res.status] || `Er ging iets mis (${res.status}).`;
    const err = new ApiError(res.status, sentence(detail), data && data.field, data);
    if (res.status === 401 && path !== '/session') window.dispatchEvent(new CustomEvent('inclusio:unauthorised'));
    throw err;
  }
  return data;
}

export const api = {
  get: (path, params) => request('GET', path, { params }),
  post: (path, body) => request('POST', path, { body: body ?? {} }),
  put: (path, body) => request('PUT', path, { body: body ?? {} }),
  patch: (path, body) => request('PATCH', path, { body: body ?? {} }),
  del: (path) => request('DELETE', path),
};

// Sends a file as the request body itself, with the CSRF token: evidence (POST
// /realisations/{id}/evidence?filename=..., the server reads its type from the content) and TenderNed's
// OCDS files (POST /procurements/ocds, spooled and read streaming: contentType application/json).
// Errors as request() throws them.
export async function upload(path, file, params, contentType = file.type || 'application/octet-stream') {
  const headers = { Accept: 'application/json, application/problem+json', 'Content-Type': contentType };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res;
  try {
    res = await fetch(BASE + path + query(params), { method: 'POST', headers, credentials: 'same-origin', body: file });
  } catch {
    throw new ApiError(0, 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  }
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (!res.ok) {
    const detail = (data && (data.detail || data.title)) || FALLBACK[res.status] || `Er ging iets mis (${res.status}).`;
    throw new ApiError(res.status, sentence(detail), data && data.field, data);
  }
  return data;
}
