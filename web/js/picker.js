// Search-as-you-type picker for long lists (organisations, contractors, candidates): a text input
// with a listbox, the ARIA 1.2 combobox pattern. Typing part of a name, a KvK number or a place
// narrows the list; arrow keys move, Enter or a click chooses, Escape closes. The number of matches
// is announced through a polite status line.
import { h, clear, newId } from './dom.js';

const fold = (s) => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

// items: [{ value, label, detail?, search? }]; every word typed must occur in label, detail or search.
export function filterItems(items, query, max = 10) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const all = items.filter((it) => {
    const hay = fold(`${it.label} ${it.detail || ''} ${it.search || ''}`);
    return words.every((w) => hay.includes(w));
  });
  return { shown: all.slice(0, max), total: all.length };
}

// Turns a text input into a picker. Returns { selected(), set(item), clear() }.
export function enhancePicker(input, items, { max = 10, onChange = () => {}, noun = 'resultaten' } = {}) {
  const listId = newId('picker-list');
  const list = h('ul', { id: listId, role: 'listbox', class: 'picker-list', hidden: true, 'aria-label': `Gevonden ${noun}` });
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('autocomplete', 'off');
  const box = h('div', { class: 'picker' });
  input.replaceWith(box);
  box.append(input, list, status);

  let chosen = null, shown = [], active = -1;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const choose = (item) => {
    chosen = item;
    input.value = item.label;
    close();
    status.textContent = `Gekozen: ${item.label}`;
    onChange(item);
  };
  const open = () => {
    const { shown: s, total } = filterItems(items, input.value, max);
    shown = s;
    clear(list);
    shown.forEach((it, i) => {
      const li = h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', class: 'picker-option' },
        h('span', { class: 'picker-label' }, it.label), it.detail ? h('span', { class: 'picker-detail' }, it.detail) : null);
      li.addEventListener('mousedown', (ev) => { ev.preventDefault(); choose(it); });
      list.append(li);
    });
    if (!shown.length) list.append(h('li', { class: 'picker-none', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false', id: `${listId}-none` }, `Geen ${noun} gevonden`));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    status.textContent = total > shown.length ? `${total} ${noun} gevonden, de eerste ${shown.length} getoond` : `${total} ${noun} gevonden`;
  };

  input.addEventListener('input', () => {
    if (chosen && input.value !== chosen.label) { chosen = null; onChange(null); }
    if (input.value.trim()) open(); else close();
  });
  input.addEventListener('focus', () => { if (input.value.trim() && !chosen) open(); });
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      if (list.hidden) open();
      if (shown.length) highlight(Math.min(shown.length - 1, active + 1));
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (shown.length) highlight(Math.max(0, active - 1));
    } else if (ev.key === 'Enter' && !list.hidden) {
      ev.preventDefault();  // choosing must not submit the form
      if (active >= 0 && shown[active]) choose(shown[active]);
      else if (shown.length === 1) choose(shown[0]);
    } else if (ev.key === 'Escape') {
      close();
    }
  });

  return {
    selected: () => (chosen && input.value === chosen.label ? chosen : null),
    set: (item) => { if (item) choose(item); },
    clear: () => { chosen = null; input.value = ''; close(); },
  };
}
