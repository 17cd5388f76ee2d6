// Accessible forms: every input has a <label>, an optional hint and an error message tied to it
// with aria-describedby; on a failed submit an error summary lists every problem with a link to
// the field, and receives focus (the pattern of the NL Design System and GOV.UK).
import { h, clear, newId } from './dom.js';
import * as fmt from './format.js';

export class Form {
  constructor({ id, onSubmit, submitLabel = 'Opslaan', secondary = null, className = '' } = {}) {
    this.fields = new Map();
    this.summary = h('div', { class: 'error-summary', tabindex: '-1', hidden: true, role: 'alert', 'aria-labelledby': newId('summary') });
    this.body = h('div', { class: 'form-body' });
    this.submitButton = h('button', { type: 'submit', class: 'button' }, submitLabel);
    this.actions = h('div', { class: 'form-actions' }, this.submitButton, secondary);
    this.el = h('form', { id, class: `form ${className}`.trim(), novalidate: true }, this.summary, this.body, this.actions);
    this.el.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (!onSubmit || this.busy) return;
      this.busy = true;
      this.submitButton.disabled = true;
      this.submitButton.setAttribute('aria-busy', 'true');
      try { await onSubmit(this); } finally {
        this.busy = false;
        this.submitButton.disabled = false;
        this.submitButton.removeAttribute('aria-busy');
      }
    });
  }

  // Adds a field; returns it. kind: text | amount | decimal | date | select | textarea | checkbox | password
  add(name, labelText, opts = {}) {
    const kind = opts.kind || 'text';
    const id = opts.id || `f-${name}`;
    const hintId = `${id}-hint`;
    const errId = `${id}-error`;
    const error = h('p', { class: 'field-error', id: errId, hidden: true });
    const hint = opts.hint ? h('p', { class: opts.hintHidden ? 'visually-hidden' : 'field-hint', id: hintId }, opts.hint) : null;
    let input;
    if (kind === 'select') {
      input = h('select', { id, name });
      this.setOptions(input, opts.options || [], opts.placeholder);
    } else if (kind === 'textarea') {
      input = h('textarea', { id, name, rows: opts.rows || 4, maxlength: opts.maxlength });
    } else if (kind === 'checkbox') {
      input = h('input', { id, name, type: 'checkbox', checked: opts.checked });
    } else {
      const type = kind === 'password' ? 'password' : 'text';
      const attrs = { id, name, type, autocomplete: opts.autocomplete || 'off', spellcheck: 'false' };
      if (kind === 'amount' || kind === 'decimal') attrs.inputmode = 'decimal';
      if (kind === 'date') { attrs.inputmode = 'numeric'; attrs.placeholder = 'dd-mm-jjjj'; attrs.maxlength = 10; }
      if (opts.inputmode) attrs.inputmode = opts.inputmode;
      if (opts.maxlength) attrs.maxlength = opts.maxlength;
      if (opts.autocomplete) attrs.autocomplete = opts.autocomplete;
      input = h('input', attrs);
      if (opts.width) input.classList.add(`width-${opts.width}`);
    }
    if (opts.required) input.setAttribute('aria-required', 'true');
    if (opts.value !== undefined && opts.value !== null && kind !== 'checkbox') input.value = opts.value;
    const describedBy = [hint ? hintId : null, errId].filter(Boolean).join(' ');
    input.setAttribute('aria-describedby', describedBy);

    const labelEl = h('label', { for: id, class: 'field-label' }, labelText,
      opts.required || opts.plain ? null : (kind === 'checkbox' ? null : h('span', { class: 'optional' }, ' (optioneel)')));
    const unit = opts.unit ? h('span', { class: 'field-unit', 'aria-hidden': 'true' }, opts.unit) : null;
    let wrapper;
    if (kind === 'checkbox') {
      wrapper = h('div', { class: 'field field-checkbox' }, input, labelEl, hint, error);
    } else {
      const control = unit ? h('div', { class: `field-control has-unit unit-${opts.unitPosition || 'after'}${opts.width ? ` width-${opts.width}` : ''}` },
        opts.unitPosition === 'before' ? [unit, input] : [input, unit]) : input;
      wrapper = h('div', { class: 'field' }, labelEl, hint, error, control);
    }
    const field = { name, kind, input, error, wrapper, label: labelText, required: Boolean(opts.required), api: opts.api || [name], parse: opts.parse };
    this.fields.set(name, field);
    (opts.container || this.body).append(wrapper);
    return field;
  }

  setOptions(select, options, placeholder) {
    clear(select);
    if (placeholder !== undefined) select.append(h('option', { value: '' }, placeholder));
    for (const o of options) {
      if (o.group) {
        const og = h('optgroup', { label: o.group });
        for (const c of o.options) og.append(h('option', { value: c.value }, c.label));
        select.append(og);
      } else {
        select.append(h('option', { value: o.value }, o.label));
      }
    }
  }

  field(name) { return this.fields.get(name); }
  raw(name) {
    const f = this.fields.get(name);
    if (!f) return undefined;
    return f.kind === 'checkbox' ? f.input.checked : f.input.value.trim();
  }

  // Parses every field by kind. Returns { values, errors } with Dutch messages; never throws.
  read() {
    const values = {};
    const errors = [];
    for (const f of this.fields.values()) {
      if (f.wrapper.hidden) continue;
      const raw = this.raw(f.name);
      if (f.kind === 'checkbox') { values[f.name] = raw; continue; }
      if (raw === '') {
        if (f.required) errors.push({ field: f.name, message: f.kind === 'select' ? `Kies ${lower(f.label)}.` : `Vul ${lower(f.label)} in.` });
        values[f.name] = null;
        continue;
      }
      if (f.parse) {
        const r = f.parse(raw);
        if (r.error) errors.push({ field: f.name, message: r.error }); else values[f.name] = r.value;
        continue;
      }
      if (f.kind === 'amount') {
        const n = fmt.parseDecimal(raw, 2);
        if (n === null || n < 0) errors.push({ field: f.name, message: `Vul bij ${lower(f.label)} een bedrag in, bijvoorbeeld 12.500,00.` });
        else values[f.name] = n;
      } else if (f.kind === 'decimal') {
        const n = fmt.parseDecimal(raw, 2);
        if (n === null || n < 0) errors.push({ field: f.name, message: `Vul bij ${lower(f.label)} een getal in, bijvoorbeeld 32 of 12,5.` });
        else values[f.name] = n;
      } else if (f.kind === 'date') {
        const d = fmt.parseDate(raw);
        if (!d) errors.push({ field: f.name, message: `Vul bij ${lower(f.label)} een bestaande datum in als dd-mm-jjjj.` });
        else values[f.name] = d;
      } else {
        values[f.name] = raw;
      }
    }
    return { values, errors };
  }

  clearErrors() {
    this.summary.hidden = true;
    clear(this.summary);
    for (const f of this.fields.values()) {
      f.error.hidden = true;
      f.error.textContent = '';
      f.input.removeAttribute('aria-invalid');
      f.wrapper.classList.remove('has-error');
    }
  }

  // Shows errors next to their fields and in a summary that takes focus.
  showErrors(errors, { focus = true } = {}) {
    this.clearErrors();
    if (!errors.length) return;
    const titleId = this.summary.getAttribute('aria-labelledby');
    const list = h('ul', { class: 'error-summary-list' });
    for (const err of errors) {
      const f = err.field ? this.fieldFor(err.field) : null;
      if (f) {
        f.error.hidden = false;
        f.error.textContent = err.message;
        f.input.setAttribute('aria-invalid', 'true');
        f.wrapper.classList.add('has-error');
        list.append(h('li', null, h('a', { href: `#${f.input.id}`, onclick: (ev) => { ev.preventDefault(); f.input.focus(); } }, err.message)));
      } else {
        list.append(h('li', null, err.message));
      }
    }
    this.summary.append(h('h2', { id: titleId, class: 'error-summary-title' }, 'Er is een probleem'), list);
    this.summary.hidden = false;
    if (focus) this.summary.focus();
  }

  fieldFor(apiField) {
    if (this.fields.has(apiField)) return this.fields.get(apiField);
    for (const f of this.fields.values()) if (f.api.includes(apiField)) return f;
    return null;
  }

  showApiError(err) {
    this.showErrors([{ field: err.field, message: err.detail || err.message }]);
  }
}

function lower(s) {
  if (/^\S+/.exec(s)[0].slice(1).match(/[A-Z]/)) return s; // BSN, KvK-nummer: capitals inside the first word stay
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// A plain notice box: kind = info | success | warning | error.
export function notice(kind, ...children) {
  const role = kind === 'error' ? 'alert' : 'status';
  return h('div', { class: `notice notice-${kind}`, role }, ...children);
}
