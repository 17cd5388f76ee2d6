// Building-block catalogues (Bouwblokkenmethode) as the API lists them, normalised for forms.
import { api } from './api.js';
import * as fmt from './format.js';
import * as L from './labels.js';


let cache = null;

function normaliseBlock(b) {
  return {
    code: b.code,
    part: b.part,
    group: b.group_name ?? b.group ?? '',
    name: b.name,
    kind: b.kind,
    value: b.value ?? b.value_per_year ?? b.amount ?? 0,
    cap_months: b.cap_months ?? 0,
  };
}

export async function catalogues() {
  if (cache) return cache;
  const data = await api.get('/catalogues');
  const list = Array.isArray(data) ? data : (data.items || data.catalogues || []);
  cache = list.map((c) => ({ id: c.id, name: c.name, effective_from: c.effective_from, blocks: (c.blocks || []).map(normaliseBlock) }))
    .sort((a, b) => (a.effective_from < b.effective_from ? -1 : 1));
  return cache;
}

// The catalogue in force on a date (latest effective_from on or before it), else the newest.
export function inForce(list, isoDate) {
  let found = null;
  for (const c of list) if (!isoDate || c.effective_from <= isoDate) found = c;
  return found || list[list.length - 1] || null;
}

export function kindText(block) {
  switch (block.kind) {
    case 'per_jaar': return `${fmt.euro(block.value)} per jaar bij 36 uur per week${block.cap_months ? `, telt maximaal ${block.cap_months} maanden` : ', telt zonder maximum'}`;
    case 'eenmalig': return `eenmalig ${fmt.euro(block.value)}`;
    case 'werkelijke_kosten': return 'het werkelijke bedrag';
    case 'per_uur': return `${fmt.euro(block.value)} per uur`;
    default: return '';
  }
}

// Select options grouped by part and group: [{ group, options: [{ value, label }] }]
export function blockOptions(catalogue) {
  const groups = new Map();
  for (const b of catalogue ? catalogue.blocks : []) {
    const key = `${L.label('block_part', b.part)} – ${b.group}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ value: b.code, label: b.name });
  }
  return [...groups.entries()].map(([group, options]) => ({ group, options }));
}

export function findBlock(catalogue, code) {
  return catalogue ? catalogue.blocks.find((b) => b.code === code) || null : null;
}
