// A CSV upload form for an all-or-nothing import API ({csv, name} as JSON): every bad row the server
// lists is shown; used for employment records (#/banen/nieuw) and UWV's regional figures (#/banen).
import { h } from './dom.js';
import { api } from './api.js';

// id: element id prefix; path: the API path; hint: what the file must hold; done(response, file):
// the text of the success notice.
export function csvUpload({ id, title, path, hint, done }) {
  const input = h('input', { id: `${id}-csv`, name: 'csv', type: 'file', accept: '.csv,text/csv', 'aria-describedby': `${id}-csv-hint` });
  const result = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'button button-secondary' }, 'Importeren');
  const form = h('form', { class: 'form', id: `${id}-import` },
    h('div', { class: 'field' }, h('label', { for: `${id}-csv`, class: 'field-label' }, 'CSV-bestand'),
      h('p', { class: 'field-hint', id: `${id}-csv-hint` }, hint),
      input),
    h('div', { class: 'form-actions' }, button), result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    result.replaceChildren();
    const file = input.files && input.files[0];
    if (!file) { result.append(h('p', { class: 'notice notice-error', role: 'alert' }, 'Kies eerst een CSV-bestand.')); return; }
    button.disabled = true;
    try {
      const r = await api.post(path, { csv: await file.text(), name: file.name });
      result.append(h('p', { class: 'notice notice-success', role: 'status' }, done(r, file)));
    } catch (err) {
      const rows = (err.body && err.body.errors) || [];
      result.append(h('div', { class: 'notice notice-error', role: 'alert' }, h('p', null, err.detail || err.message),
        rows.length ? h('ul', null, rows.map((x) => h('li', null, x.column ? `regel ${x.line}, kolom ${x.column}: ${x.reason}` : `regel ${x.line}: ${x.reason}`))) : null));
    } finally { button.disabled = false; }
  });
  return h('section', { 'aria-labelledby': `${id}-import-title` }, h('h2', { id: `${id}-import-title` }, title), form);
}
