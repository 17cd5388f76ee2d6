// Shared pieces of pages: progress bar, status badges, tables, pagination, details lists.
import { h, newId } from './dom.js';
import * as fmt from './format.js';
import * as L from './labels.js';

function num(v) {
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
}

// The progress of a contract against its obligation. One accessible progressbar (verified share,
// which is what counts) with the still unverified reports and the expected level drawn beside it.
export function progressBar(progress, { compact = false, label = 'Geverifieerd' } = {}) {
  const p = progress || {};
  const due = num(p.due ?? p.obligation ?? 0);
  const verified = num(p.verified);
  const reported = num(p.reported ?? p.verified);
  const pct = p.verified_pct !== undefined ? num(p.verified_pct) : (p.percentage !== undefined ? num(p.percentage) : (due > 0 ? (verified * 100) / due : 100));
  const reportedPct = p.reported_pct !== undefined ? num(p.reported_pct) : (due > 0 ? (reported * 100) / due : pct);
  const expectedPct = due > 0 && p.expected !== undefined ? (num(p.expected) * 100) / due : null;
  const shown = Math.max(0, Math.min(100, Math.round(pct)));
  const pending = Math.max(0, Math.min(100, reportedPct) - Math.min(100, pct));
  const labelId = newId('progress');
  const text = due > 0
    ? `${fmt.number(pct, 1)} %: ${fmt.euro(verified)} geverifieerd van ${fmt.euro(due)}`
    : `${fmt.number(pct, 1)} %`;

  const verifiedBar = h('div', { class: 'progress-verified' });
  verifiedBar.style.width = `${Math.min(100, pct)}%`;
  const pendingBar = h('div', { class: 'progress-pending' });
  pendingBar.style.width = `${pending}%`;
  const track = h('div', {
    class: 'progress-track', role: 'progressbar', 'aria-labelledby': labelId,
    'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(shown), 'aria-valuetext': text,
  }, verifiedBar, pendingBar);
  if (expectedPct !== null) {
    const marker = h('div', { class: 'progress-expected', title: `Verwacht op dit moment: ${fmt.euro(p.expected)}` });
    marker.style.left = `${Math.max(0, Math.min(100, expectedPct))}%`;
    track.append(marker);
  }
  if (compact) {
    return h('div', { class: 'progress progress-compact' },
      h('span', { id: labelId, class: 'visually-hidden' }, label), track,
      h('span', { class: 'progress-figure' }, `${fmt.number(pct, 0)} %`));
  }
  const legend = h('ul', { class: 'progress-legend' },
    h('li', null, h('span', { class: 'swatch swatch-verified', 'aria-hidden': 'true' }), `Geverifieerd: ${fmt.euro(verified)} (${fmt.number(pct, 1)} %)`),
    h('li', null, h('span', { class: 'swatch swatch-pending', 'aria-hidden': 'true' }), `Gemeld, nog te verifiëren: ${fmt.euro(Math.max(0, reported - verified))}`),
    expectedPct !== null ? h('li', null, h('span', { class: 'swatch swatch-expected', 'aria-hidden': 'true' }), `Verwacht op dit moment: ${fmt.euro(p.expected)}`) : null,
    h('li', null, `Te realiseren: ${fmt.euro(due)}`));
  return h('div', { class: 'progress' },
    h('p', { id: labelId, class: 'progress-label' }, `${label}: ${fmt.number(pct, 1)} %`), track, legend);
}

const STATUS_TONE = {
  voldaan: 'good', 'voldaan-via-sebo': 'good', 'op-schema': 'good', geverifieerd: 'good',
  achter: 'warn', gemeld: 'info', 'nog-niet-gestart': 'neutral', ontheffing: 'neutral',
  'niet-van-toepassing': 'neutral', 'niet-voldaan': 'bad', afgewezen: 'bad',
};

export function statusBadge(code, labelText) {
  const text = labelText || (L.all().progress_status?.[code] ?? L.label('realisation_status', code));
  return h('span', { class: `badge badge-${STATUS_TONE[code] || 'neutral'}` }, text);
}

// A table with a caption and column headers. columns: [{ label, cell(row) -> node|string, numeric }]
export function table(caption, columns, rows, { empty = 'Geen gegevens.', captionHidden = false, id } = {}) {
  if (!rows || rows.length === 0) return h('p', { class: 'empty', id }, empty);
  const captionId = newId('caption');
  return h('div', { class: 'table-wrap', id, 'data-caption': captionId },
    h('table', { class: 'table' },
      h('caption', { id: captionId, class: captionHidden ? 'visually-hidden' : null }, caption),
      h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
      h('tbody', null, rows.map((row) => h('tr', null, columns.map((c, i) => {
        let content = c.cell(row);
        // a date (dd-mm-jjjj, with or without a time) is never broken over two lines; a period
        // "dd-mm-jjjj t/m dd-mm-jjjj" may break between its dates only
        const isDate = typeof content === 'string' && /^\d{2}-\d{2}-\d{4}( \d{2}:\d{2})?$/.test(content);
        const period = typeof content === 'string' && /^(\d{2}-\d{2}-\d{4}) t\/m (\d{2}-\d{2}-\d{4})$/.exec(content);
        if (period) content = [h('span', { class: 'nowrap' }, period[1]), ' t/m ', h('span', { class: 'nowrap' }, period[2])];
        const cls = [c.numeric ? 'num' : '', c.nowrap || isDate ? 'nowrap' : ''].join(' ').trim() || null;
        return i === 0 && c.rowHeader !== false
          ? h('th', { scope: 'row', class: cls }, content)
          : h('td', { class: cls }, content);
      }))))));
}

// "Pagina 2 van 5" with previous/next links, as a labelled navigation landmark.
export function pagination(page, perPage, total, hrefFor) {
  const pages = Math.max(1, Math.ceil(total / Math.max(1, perPage)));
  if (pages <= 1) return h('p', { class: 'result-count' }, `${total} ${total === 1 ? 'resultaat' : 'resultaten'}`);
  return h('nav', { class: 'pagination', 'aria-label': 'Paginering' },
    page > 1 ? h('a', { href: hrefFor(page - 1), rel: 'prev' }, '‹ Vorige') : h('span', { class: 'disabled', 'aria-hidden': 'true' }, '‹ Vorige'),
    h('span', { 'aria-current': 'page' }, `Pagina ${page} van ${pages} (${total} resultaten)`),
    page < pages ? h('a', { href: hrefFor(page + 1), rel: 'next' }, 'Volgende ›') : h('span', { class: 'disabled', 'aria-hidden': 'true' }, 'Volgende ›'));
}

// A description list of [term, value] pairs; empty values show a dash.
export function details(pairs, className = '') {
  return h('dl', { class: `details ${className}`.trim() },
    pairs.filter(Boolean).map(([term, value]) => h('div', { class: 'details-row' },
      h('dt', null, term), h('dd', null, value === '' || value === null || value === undefined ? '–' : value))));
}

export function pageHeader(title, { lead, back, actions } = {}) {
  return h('div', { class: 'page-header' },
    back ? h('p', { class: 'back' }, h('a', { href: back.href }, '‹ ', back.label)) : null,
    h('div', { class: 'page-header-row' }, h('h1', null, title), actions ? h('div', { class: 'page-actions' }, actions) : null),
    lead ? h('p', { class: 'lead' }, lead) : null);
}

export function page(title, ...children) {
  return { title, node: h('div', { class: 'page' }, ...children) };
}

// A one-time success message shown at the top of the next page rendered (after a save). The box
// is a polite status region inserted empty; its text follows a moment later so screen readers
// announce it (a live region that arrives with its text is often not read out).
let flashText = null;
export function setFlash(text) { flashText = text; }
export function takeFlash() {
  if (!flashText) return null;
  const text = flashText;
  flashText = null;
  const p = h('p');
  window.setTimeout(() => { p.textContent = text; }, 60);
  return h('div', { class: 'notice notice-success', role: 'status', id: 'flash' }, p);
}

// A table box that scrolls sideways (a wide table on a phone) must be reachable by keyboard to be
// scrolled: it gets a Tab stop only while it actually scrolls. Called after every page render; a
// ResizeObserver re-marks a box whenever it or its table changes size later (rows filled in after
// a fetch, fonts loaded, the window resized), so no Tab stop waits for a timer.
function markOne(wrap) {
  if (wrap.scrollWidth > wrap.clientWidth + 1) {
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('role', 'group');  // named by the caption, not a landmark (would repeat the section's name)
    if (wrap.dataset.caption) wrap.setAttribute('aria-labelledby', wrap.dataset.caption);
  } else {
    for (const a of ['tabindex', 'role', 'aria-labelledby']) wrap.removeAttribute(a);
  }
}
const watched = new WeakSet();
const resizes = typeof ResizeObserver === 'function'
  ? new ResizeObserver((entries) => {
    for (const e of entries) {
      const wrap = e.target.closest('.table-wrap');
      if (wrap && wrap.isConnected) markOne(wrap);
    }
  })
  : null;
export function markScrollables(root = document) {
  for (const wrap of root.querySelectorAll('.table-wrap')) {
    markOne(wrap);
    if (resizes && !watched.has(wrap)) {
      watched.add(wrap);
      resizes.observe(wrap);
      const t = wrap.querySelector('table');
      if (t) resizes.observe(t);
    }
  }
}
