// Line charts drawn at the width they are shown at (issue 14). The SVG's viewBox is its size in
// CSS pixels, so one unit is one pixel and every label is FONT px on a phone and on a wide screen
// alike; instead of shrinking, the chart lays itself out again for the width it has: the legend
// wraps, and x-axis and value labels are thinned (always keeping the last) until they no longer
// touch. Text widths are measured with the page's own font. Readable without colour: each series
// has its own marker shape and dash pattern, explained in the legend; the target is a dashed
// black line "doel: ...". Ticks are round: the axis runs from 0 to the smallest 1-2-5 x 10^k at or
// above the highest value, in quarters (or whole fifths or halves), as src/core/svg_chart.c,
// which draws the same charts for the printable reports. The same figures stand in a table
// beside every chart. Presentation attributes only: the Content-Security-Policy allows no inline
// styles.
const SVG = 'http://www.w3.org/2000/svg';
export const FONT = 13;
const INK = '#222';
const GRID = '#8c8c8c';        // 3.4:1 on white (WCAG 1.4.11 asks 3:1 for graphics)
const GAP = 8;                 // the least room between two labels
export const LOOKS = [
  { colour: '#1b4f72', dash: null, marker: 'circle' },
  { colour: '#7b3f00', dash: '8 4', marker: 'square' },
  { colour: '#145a32', dash: '2 4', marker: 'triangle' },
  { colour: '#4a235a', dash: '10 4 2 4', marker: 'diamond' },
];

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined && v !== false) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

// The top of the axis: the smallest 1-2-5 x 10^k at or above v (100 for nothing), as chart_nice_max.
export function niceMax(v) {
  if (!(v > 0)) return 1;
  let p = 1;
  while (p * 10 <= v) p *= 10;
  while (p > v) p /= 10;
  for (const m of [1, 2, 5]) if (v <= m * p * (1 + 1e-9)) return m * p;
  return 10 * p;
}

// The gridlines, as axis_ticks in svg_chart.c: quarters of the axis with the decimals they need to
// be exact (0,25 and 0,75, never 0,3 and 0,8), at least the chart's own `own`; a chart of whole
// numbers (own 0) gets whole ticks where fifths or halves are whole (0, 10, ... 50).
export function axisTicks(lo, hi, own = 0) {
  const exact = (v, d) => {
    while (d < 2 && Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) > 1e-6) d++;
    return d;
  };
  let first = null;
  for (const steps of [4, 5, 2]) {
    let d = own;
    for (let k = 0; k <= steps; k++) d = exact(lo + ((hi - lo) * k) / steps, d);
    first = first || { steps, decimals: d };
    if (d === own) return { steps, decimals: d };
    if (own > 0) break;
  }
  return first;
}

// Dutch number with exactly d decimals: 12500 -> "12.500", 12.5 -> "12,5" (d = 1).
export function tickText(v, d) {
  const [int, frac] = Math.abs(v).toFixed(d).split('.');
  const neg = v < 0 && Number(Math.abs(v).toFixed(d)) !== 0;
  return (neg ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? `,${frac}` : '');
}

let canvas = null;
function measurer(family) {
  canvas = canvas || document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  ctx.font = `${FONT}px ${family}`;
  return (text) => Math.ceil(ctx.measureText(String(text)).width) + 1;
}

// The smallest stride k such that every k-th item counted back from the last keeps GAP between
// neighbours; items are [centre, width] in order of position. Returns the indices to show.
function thin(items) {
  const n = items.length;
  for (let k = 1; k <= n; k++) {
    const keep = [];
    for (let i = n - 1; i >= 0; i -= k) keep.unshift(i);
    let ok = true;
    for (let j = 1; j < keep.length && ok; j++) {
      const [a, wa] = items[keep[j - 1]], [b, wb] = items[keep[j]];
      if (a + wa / 2 + GAP > b - wb / 2) ok = false;
    }
    if (ok) return new Set(keep);
  }
  return new Set(n ? [n - 1] : []);
}

function marker(kind, x, y, colour, size) {
  const r = size;
  switch (kind) {
    case 'circle': return s('circle', { cx: x, cy: y, r, fill: colour, stroke: '#000' });
    case 'square': return s('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: '#fff', stroke: colour, 'stroke-width': 2 });
    case 'triangle': return s('path', { d: `M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`, fill: colour, stroke: '#000' });
    case 'diamond': return s('path', { d: `M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`, fill: '#fff', stroke: colour, 'stroke-width': 2 });
    default: return null;
  }
}

// Draws the chart for `width` pixels.
function draw(spec, width, family) {
  const W = Math.max(200, Math.floor(width));
  const tw = measurer(family);
  const n = spec.labels.length;
  const series = spec.series.map((se, i) => ({ ...LOOKS[i % LOOKS.length], ...se }));

  // the axis: 0 (or a round negative) to a round top, in quarters
  const all = series.flatMap((se) => se.values).filter((v) => typeof v === 'number');
  if (spec.target && typeof spec.target.value === 'number') all.push(spec.target.value);
  const own = spec.decimals || 0;
  let hi = niceMax(Math.max(0, ...all));
  if (own === 0 && hi < 5) hi = 5;  // counts: 0 to 5 at least, whole ticks
  const lo = Math.min(0, ...all) < 0 ? -niceMax(-Math.min(...all)) : 0;
  const tk = axisTicks(lo, hi, own);
  const ticks = Array.from({ length: tk.steps + 1 }, (_, k) => lo + ((hi - lo) * k) / tk.steps);
  const tickLabels = ticks.map((v) => tickText(v, tk.decimals));
  const L = Math.max(...tickLabels.map(tw)) + 8, R = 6;

  // the legend: unit, series and target, flowing over as many rows as the width needs
  const LINE = FONT + 8;
  const legend = [];
  if (spec.unit) legend.push({ text: spec.unit, w: tw(spec.unit) });
  for (const se of series) legend.push({ se, text: se.name, w: 30 + tw(se.name) });
  if (spec.target && typeof spec.target.value === 'number') legend.push({ target: true, text: `doel: ${spec.target.text}`, w: 30 + tw(`doel: ${spec.target.text}`) });
  let lx = 1, row = 0;
  for (const it of legend) {
    if (lx > 1 && lx + it.w > W) { lx = 1; row++; }
    it.x = lx; it.row = row;
    lx += it.w + 16;
  }
  const legendH = (row + 1) * LINE;

  const valueRoom = spec.valueLabels ? FONT + 12 : 8;
  const T = legendH + valueRoom;
  const plotH = Math.round(Math.min(220, Math.max(140, W * 0.42)));
  const H = T + plotH + FONT + 14;
  const PW = W - L - R;
  const x = (i) => L + (PW * (2 * i + 1)) / (2 * Math.max(1, n));
  const y = (v) => T + plotH - ((v - lo) * plotH) / (hi - lo);
  const clampX = (cx, w) => Math.min(Math.max(cx, w / 2), W - w / 2);

  const titleId = `${spec.id}-title`, descId = `${spec.id}-desc`;
  const out = [];
  // gridlines and their labels
  ticks.forEach((v, k) => {
    out.push(s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: v === 0 ? '#000' : GRID, 'stroke-width': 1 }));
    out.push(s('text', { x: L - 6, y: y(v) + FONT * 0.35, 'text-anchor': 'end' }, tickLabels[k]));
  });
  // x-axis labels, thinned to fit
  const labelled = [];
  spec.labels.forEach((t, i) => { if (t) labelled.push({ i, t, w: tw(t) }); });
  for (const it of labelled) it.cx = clampX(x(it.i), it.w);
  const shown = thin(labelled.map((it) => [it.cx, it.w]));
  labelled.forEach((it, j) => {
    if (shown.has(j)) out.push(s('text', { x: it.cx, y: T + plotH + FONT + 6, 'text-anchor': 'middle' }, it.t));
  });
  // the target
  const targetY = spec.target && typeof spec.target.value === 'number' ? y(spec.target.value) : null;
  if (targetY !== null) out.push(s('line', { x1: L, x2: W - R, y1: targetY, y2: targetY, stroke: '#000', 'stroke-width': 2, 'stroke-dasharray': '12 6' }));
  // the series: line (or steps), markers, value labels
  series.forEach((se, si) => {
    let d = '', pen = false, prev = null;
    se.values.forEach((v, i) => {
      if (typeof v !== 'number') { pen = false; prev = null; return; }
      if (pen && se.step) d += `L${x(i)} ${y(prev)}`;
      d += `${pen ? 'L' : 'M'}${x(i)} ${y(v)}`;
      if (se.step && (i === n - 1 || typeof se.values[i + 1] !== 'number')) d += `L${Math.min(W - R, x(i) + PW / (2 * n))} ${y(v)}`;
      pen = true; prev = v;
    });
    const g = s('g', { class: `series s${si}` });
    if (d) g.append(s('path', { d, fill: 'none', stroke: se.colour, 'stroke-width': se.width || 2, 'stroke-dasharray': se.dash }));
    if (se.marker) se.values.forEach((v, i) => {
      if (typeof v !== 'number') return;
      const m = marker(se.marker, x(i), y(v), se.colour, se.markerSize || 5);
      if (se.tip) m.append(s('title', null, se.tip(i)));
      g.append(m);
    });
    if (spec.valueLabels && se.texts) {
      const items = [];
      se.values.forEach((v, i) => { if (typeof v === 'number' && se.texts[i]) items.push({ i, t: se.texts[i], w: tw(se.texts[i]) }); });
      for (const it of items) it.cx = Math.min(Math.max(x(it.i), L + it.w / 2), W - it.w / 2);
      const keep = thin(items.map((it) => [it.cx, it.w]));
      items.forEach((it, j) => {
        if (!keep.has(j)) return;
        // above the point, or below it where the target line would run through the figure; a
        // white halo keeps it readable where a gridline crosses it
        const py = y(se.values[it.i]);
        let by = py - 11 - (FONT + 2) * si;
        if (targetY !== null && targetY > by - FONT - 2 && targetY < by + 5 && py + 11 + FONT < T + plotH) by = py + 11 + FONT * 0.75;
        g.append(s('text', { x: it.cx, y: by, 'text-anchor': 'middle', stroke: '#fff', 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }, it.t));
      });
    }
    out.push(g);
  });
  // the legend
  for (const it of legend) {
    const by = it.row * LINE + FONT;
    if (it.se) {
      out.push(s('line', { x1: it.x, x2: it.x + 24, y1: by - FONT * 0.35, y2: by - FONT * 0.35, stroke: it.se.colour, 'stroke-width': it.se.width || 2, 'stroke-dasharray': it.se.dash }));
      if (it.se.marker) out.push(marker(it.se.marker, it.x + 12, by - FONT * 0.35, it.se.colour, Math.min(4, it.se.markerSize || 4)));
      out.push(s('text', { x: it.x + 30, y: by }, it.text));
    } else if (it.target) {
      out.push(s('line', { x1: it.x, x2: it.x + 24, y1: by - FONT * 0.35, y2: by - FONT * 0.35, stroke: '#000', 'stroke-width': 2, 'stroke-dasharray': '6 3' }));
      out.push(s('text', { x: it.x + 30, y: by }, it.text));
    } else {
      out.push(s('text', { x: it.x, y: by }, it.text));
    }
  }
  return s('svg', { class: 'chart', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}` },
    s('title', { id: titleId }, spec.title), s('desc', { id: descId }, spec.desc),
    s('g', { 'font-family': family, 'font-size': FONT, fill: INK }, out));
}

// A box that holds the chart and draws it again whenever its width changes.
//   spec: { id, title, desc, labels: [x label or null], unit?, decimals?, valueLabels?,
//           target?: { value, text }, series: [{ name, values: [number|null], texts?, step?,
//           colour?, dash?, marker?, markerSize?, width?, tip?(i) }] }
export function lineChart(spec) {
  const box = document.createElement('div');
  box.className = 'chart-box';
  box.dataset.chart = spec.id;
  let drawn = 0;
  const redraw = () => {
    const w = Math.floor(box.clientWidth);
    if (!w || w === drawn || !box.isConnected) return;
    drawn = w;
    const family = getComputedStyle(box).fontFamily || 'sans-serif';
    box.replaceChildren(draw(spec, w, family));
  };
  new ResizeObserver(redraw).observe(box);
  return box;
}
