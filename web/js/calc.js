// The two calculators, shared by the public page, contract registration and realisation forms.
import { api } from './api.js';
import { h, clear } from './dom.js';
import * as fmt from './format.js';

// Body for POST /calc/obligation from parsed form values.
// pso: the contractor and period whose PSO certificate the answer should take into account (issue
// 16); left out until the KvK number is complete, the period until both dates are in order.
export function obligationBody(v, pso = {}) {
  const body = {
    category: v.category,
    procedure: v.procedure,
    value: v.value,
    labour_share_pct: v.labour_share_pct,
    award_date: v.award_date,
    sebo_holder: Boolean(v.sebo_holder),
    extra_pct: v.extra_pct ?? 0,
  };
  if (pso.kvk && /^\d{8}$/.test(pso.kvk)) {
    body.contractor_kvk = pso.kvk;
    if (pso.start && pso.end && pso.end >= pso.start) Object.assign(body, { start_date: pso.start, end_date: pso.end });
  }
  return body;
}

export const calcObligation = (body) => api.post('/calc/obligation', body);
export const calcValue = (body) => api.post('/calc/value', body);

// The obligation result as a short, readable block.
export function obligationResult(r, value, { psoReason = false } = {}) {
  const rows = [];
  if (!r.applies) {
    rows.push(h('p', { class: 'result-figure' }, 'Geen social-return-verplichting'));
  } else if (r.met_by_sebo && Number(r.amount) > 0 && Number(r.percentage) > 0) {
    rows.push(h('p', { class: 'result-figure' }, `${fmt.percent(r.percentage)} = ${fmt.euro(r.amount)}`));
    rows.push(h('p', { class: 'result-note' }, 'De basisverplichting is voldaan met het SEBO-keurmerk.'));
  } else {
    rows.push(h('p', { class: 'result-figure' }, `${fmt.percent(r.percentage)} van ${fmt.euro(value)} = ${fmt.euro(r.amount)}`));
  }
  if (r.reason) rows.push(h('p', { class: 'result-reason' }, r.reason));
  if (r.policy) rows.push(h('p', { class: 'result-reason' }, `Beleid: ${r.policy}.`));
  rows.push(...psoResult(r.pso, { always: psoReason }));
  return rows;
}

// What the contractor's PSO certificate covers (the same figure the contract page shows afterwards).
// Without a certificate that counts only when asked for (the public calculator) is the reason shown.
function psoResult(p, { always = false } = {}) {
  if (!p) return [];
  if (p.applies || p.lapsed) {
    return [h('p', { class: 'result-note' }, `PSO: ${fmt.euro(p.covered)} gedekt door het certificaat; nog te realiseren ${fmt.euro(p.remaining)}.`),
      h('p', { class: 'result-reason' }, p.reason)];
  }
  return always && p.reason ? [h('p', { class: 'result-reason' }, `PSO: ${p.reason}.`)] : [];
}

export function valueResult(r) {
  const rows = [h('p', { class: 'result-figure' }, `Telt mee voor ${fmt.euro(r.value)}`)];
  if (r.counted_days !== undefined && r.counted_days !== null) {
    const period = r.counted_from && r.counted_to ? ` (${fmt.date(r.counted_from)} t/m ${fmt.date(r.counted_to)})` : '';
    rows.push(h('p', null, `${r.counted_days} ${Number(r.counted_days) === 1 ? 'dag telt' : 'dagen tellen'} mee${period}.`));
  }
  if (r.capped) rows.push(h('p', { class: 'result-note' }, 'Het maximum aantal maanden voor dit bouwblok is bereikt; de rest telt niet mee.'));
  if (r.note) rows.push(h('p', { class: 'result-reason' }, r.note));
  return rows;
}

// A live result panel: polite live region that is updated as the form is filled in.
export function resultPanel(title, idle) {
  const body = h('div', { class: 'result-body' }, h('p', { class: 'result-idle' }, idle));
  const el = h('section', { class: 'result-panel', 'aria-labelledby': `${title.replace(/\W+/g, '-')}-t` },
    h('h2', { class: 'result-title', id: `${title.replace(/\W+/g, '-')}-t` }, title),
    h('div', { 'aria-live': 'polite', 'aria-atomic': 'true' }, body));
  return {
    el,
    idle() { clear(body).append(h('p', { class: 'result-idle' }, idle)); el.classList.remove('is-error'); },
    show(nodes) { clear(body).append(...nodes); el.classList.remove('is-error'); },
    error(text) { clear(body).append(h('p', { class: 'result-error' }, text)); el.classList.add('is-error'); },
  };
}
