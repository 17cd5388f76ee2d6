// The Dutch labels of the codes the API uses, from the server's one label table
// (GET /api/v1/labels, src/core/labels.c). Loaded once at start-up, before the first page renders,
// so pages can look labels up synchronously. No page keeps a label map of its own.
import { api } from './api.js';

let lists = {};
let loading = null;

export function load() {
  if (!loading) {
    loading = api.get('/labels').then((d) => { lists = (d && d.lists) || {}; })
      .catch(() => { loading = null; });  // server unreachable: codes show as text, a later call retries
  }
  return loading;
}

// The label of a code, or the code itself (dashes as spaces) when the table has none.
export function label(list, code) {
  if (code === null || code === undefined || code === '') return '';
  const l = lists[list] && lists[list][code];
  return l ?? String(code).replace(/-/g, ' ');
}

// Select options in the table's order; `only` keeps a subset of codes (in that order).
export function options(list, only) {
  const all = lists[list] || {};
  const codes = only || Object.keys(all);
  return codes.filter((c) => all[c] !== undefined).map((value) => ({ value, label: all[value] }));
}

// Who did something, as the API names an actor: "user:3 inkoop" -> "inkoop (gebruiker 3)",
// "demo" -> "de demodata".
export function actor(text) {
  const m = /^user:(\d+)\s+(.*)$/.exec(text || '');
  if (m) return `${m[2]} (gebruiker ${m[1]})`;
  return text ? label('actor', text) : 'onbekend';
}

// [code, label] pairs of a list.
export function entries(list) { return Object.entries(lists[list] || {}); }

// Every list, for tests: { list: { code: label } }.
export function all() { return lists; }
