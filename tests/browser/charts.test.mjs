// Charts (issue 14): every chart on every page that has one (the council dashboard, the
// banenafspraak page per municipality and per region, the Rapportage Sociaal Domein and the
// yearly account linked from the dashboard), for every role that may open them, at 1280 px and
// at 375 px: every label renders at 12 px or more, lies inside its chart and overlaps no other
// label; text has 4.5:1 contrast against the chart's background and every line, marker and bar
// 3:1 (WCAG 1.4.11), computed here from the computed fill and stroke colours; the page does not
// scroll sideways and axe-core finds no violation. A screenshot per page and width (at its first
// chart) in artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, ARTIFACTS, launch, open, rendered, loginWith, menuLabels, assertAxe, assertNoPageOverflow, shot, PHONE, DESKTOP } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';

// The demo accounts (docs/web.md) of every role whose menu has the dashboard or the banenafspraak page.
const ROLES = [['raad', 'raad-demo-2026'], ['po', 'po-demo-2026'], ['wsp', 'wsp-demo-2026'], ['inkoop', 'inkoop-demo-2026'],
  ['srteam', 'srteam-demo-2026'], ['beheer', 'beheer-demo-2026']];

// Measures every chart of the page in the browser; returns what is wrong, in words.
function measureCharts() {
  const parse = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c || '');
    if (!m) return null;
    const [r, g, b, a = '1'] = m[1].split(',').map((x) => x.trim());
    return { r: +r, g: +g, b: +b, a: +a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const over = (c, bg, alpha) => {
    const a = c.a * alpha;
    return { r: c.r * a + bg.r * (1 - a), g: c.g * a + bg.g * (1 - a), b: c.b * a + bg.b * (1 - a) };
  };
  const ratio = (c, bg, alpha = 1) => {
    const l1 = lum(over(c, bg, alpha)), l2 = lum(bg);
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a >= 0.99) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // The colours an element is painted with, each with its opacity; a pattern fill counts with the
  // colours of the pattern's own shapes.
  const paints = (el) => {
    const st = getComputedStyle(el);
    const out = [];
    const add = (value, alpha) => {
      const url = /url\("?#([^")]+)"?\)/.exec(value || '');
      if (url) {
        const pat = document.getElementById(url[1]);
        if (pat) for (const part of pat.querySelectorAll('*')) out.push(...paints(part).map((p) => ({ ...p, alpha: p.alpha * alpha })));
        return;
      }
      const c = parse(value);
      if (c && c.a > 0 && alpha > 0) out.push({ c, alpha });
    };
    const op = parseFloat(st.opacity);
    if (st.stroke !== 'none' && parseFloat(st.strokeWidth) > 0) add(st.stroke, op * parseFloat(st.strokeOpacity));
    if (st.fill !== 'none' && !['line', 'polyline'].includes(el.tagName)) add(st.fill, op * parseFloat(st.fillOpacity));
    return out;
  };

  const problems = [];
  const charts = [...document.querySelectorAll('svg.chart')].filter(shown);
  let texts = 0, shapes = 0;
  for (const svg of charts) {
    const name = (svg.querySelector('title') || {}).textContent || svg.id;
    const box = svg.getBoundingClientRect();
    const bg = background(svg);
    const boxes = [];
    for (const t of svg.querySelectorAll('text')) {
      if (!shown(t) || !t.textContent.trim()) continue;
      texts++;
      const ctm = t.getScreenCTM();
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
      const r = t.getBoundingClientRect();
      const what = `${name}: "${t.textContent.trim()}"`;
      if (px < 12) problems.push(`${what} is ${px.toFixed(1)} px`);
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        problems.push(`${what} valt buiten de grafiek`);
      const fill = parse(getComputedStyle(t).fill);
      const cr = fill ? ratio(fill, bg, parseFloat(getComputedStyle(t).fillOpacity)) : 0;
      if (cr < 4.5) problems.push(`${what}: contrast ${cr.toFixed(2)} < 4,5`);
      for (const [other, ob] of boxes) {
        const w = Math.min(r.right, ob.right) - Math.max(r.left, ob.left);
        const h = Math.min(r.bottom, ob.bottom) - Math.max(r.top, ob.top);
        if (w > 1 && h > 1) problems.push(`${what} overlapt "${other}"`);
      }
      boxes.push([t.textContent.trim(), r]);
    }
    for (const el of svg.querySelectorAll('line, path, polyline, polygon, circle, ellipse, rect')) {
      if (el.closest('defs, pattern, clipPath, mask, marker') || !shown(el)) continue;
      const ps = paints(el);
      if (!ps.length) continue;
      shapes++;
      const best = Math.max(...ps.map((p) => ratio(p.c, bg, p.alpha)));
      if (best < 3) problems.push(`${name}: <${el.tagName}> contrast ${best.toFixed(2)} < 3`);
    }
  }
  return { charts: charts.length, texts, shapes, problems: [...new Set(problems)] };
}

async function checkCharts(page, where, minCharts = 1) {
  const r = await page.evaluate(measureCharts);
  assert.ok(r.charts >= minCharts, `${where}: ${r.charts} grafieken, verwacht ten minste ${minCharts}`);
  assert.ok(r.texts > 0 && r.shapes > 0, `${where}: grafieken zonder tekst of lijnen`);
  assert.deepEqual(r.problems, [], where);
  return r;
}

// Waits until every chart the page draws after it is shown (at its own width) is there.
async function chartsDrawn(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((f) => f.querySelector('svg.chart text')));
}

// CHART_ROLES=raad,beheer limits a run by hand to some roles.
const only = process.env.CHART_ROLES ? process.env.CHART_ROLES.split(',') : null;
// axe-core takes seconds a page on this machine: it runs for the council (raad, aggregates only:
// small counts hidden) and beheer (every form on the dashboard); menus.test.mjs runs it on every
// role's dashboard and banenafspraak page too.
const AXE_ROLES = ['raad', 'beheer'];

// The page at the first chart, as far as the window shows (a whole report is too tall to keep).
async function shotAtChart(page, name) {
  await page.locator('svg.chart').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

for (const [user, password] of ROLES.filter(([u]) => !only || only.includes(u))) {
  test(`grafieken van ${user}: labels van 12 px of meer, niets afgesneden of over elkaar, contrast${AXE_ROLES.includes(user) ? ', axe-core' : ''}`, { skip }, async () => {
    const b = await launch();
    try {
      const page = await b.page();
      await loginWith(page, user, password);
      const menu = await menuLabels(page);
      assert.ok(menu.includes('Dashboard') && menu.includes('Banenafspraak'), `${user}: menu ${menu.join(', ')}`);
      const visit = async (where, minCharts, name) => {
        await checkCharts(page, where, minCharts);
        if (AXE_ROLES.includes(user)) await assertAxe(page, where);
        await assertNoPageOverflow(page, where);
        await shotAtChart(page, name);
      };
      for (const [label, viewport] of [['desktop', DESKTOP], ['375', PHONE]]) {
        await page.setViewportSize(viewport);
        const pages = [['dashboard', '#/dashboard?gemeente=zoetermeer', 7], ['banen', '#/banen?gemeente=zoetermeer', 1],
          ['banen-regio', '#/banen?gemeente=zoetermeer&schaal=regio', 1]];
        for (const [name, hash, min] of pages) {
          await open(page, hash);
          await chartsDrawn(page);
          await visit(`${user} ${name} ${label}`, min, `charts-${user}-${name}-${label}`);
        }
        // the reports, opened from the dashboard's links as a user would
        await open(page, '#/dashboard?gemeente=zoetermeer');
        const links = [];
        for (const id of ['rapportage-1', 'jaarverslag']) links.push([id, await page.locator(`#${id}`).getAttribute('href')]);
        for (const [id, url] of links) {
          await page.goto(new URL(url, BASE).href);
          await visit(`${user} ${id} ${label}`, 5, `charts-${user}-${id}-${label}`);
        }
      }
      // a window made narrower redraws the dashboard's charts at their new width
      await page.setViewportSize(DESKTOP);
      await open(page, '#/dashboard?gemeente=zoetermeer');
      await chartsDrawn(page);
      await page.setViewportSize(PHONE);
      await page.waitForFunction(() => {
        const box = document.querySelector('[data-chart]');
        const svg = box && box.querySelector('svg.chart');
        return svg && box.clientWidth < 400 && Math.abs(svg.width.baseVal.value - box.clientWidth) < 1;
      });
      await checkCharts(page, `${user} dashboard verkleind`, 7);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}
