// Shared helpers for the browser tests: Debian's chromium through playwright-core with a fresh
// profile, login/logout as a user would, screenshots into artifacts/, and accessibility checks.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';

export const BASE = process.env.INCLUSIO_BASE_URL;
export const PASSWORD = process.env.INCLUSIO_TEST_PASSWORD;
export const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=nl-NL'];

export async function launch() {
  if (!BASE) throw new Error('INCLUSIO_BASE_URL ontbreekt: start de tests met tests/browser/run.sh');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
  });
  context.setDefaultTimeout(10000);
  const errors = [];
  context.on('weberror', (e) => errors.push(e.error().message));
  return {
    context,
    errors,
    async page() {
      const p = context.pages()[0] || await context.newPage();
      p.on('pageerror', (e) => errors.push(e.message));
      return p;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function open(page, hash) {
  await page.goto(`${BASE}/${hash}`);
  await rendered(page);
}

// Waits until the router has finished drawing the page for the current address.
export async function rendered(page) {
  await page.waitForFunction(() => {
    const main = document.getElementById('main');
    return main && main.dataset.rendered === (window.location.hash || '#/') && !main.hasAttribute('aria-busy');
  });
}

// Logs in through the login form and waits for the role's start page.
export async function login(page, username) {
  await open(page, '#/inloggen');
  const logoutButton = page.getByRole('button', { name: 'Uitloggen' });
  if (await logoutButton.count()) await logout(page);  // a failed earlier step left a session
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  // and the start page has been drawn (no requests of the login step still in flight)
  await page.waitForFunction(() => !window.location.hash.startsWith('#/inloggen'));
  await rendered(page);
}

export async function logout(page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByText('U bent uitgelogd.').first().waitFor();
}

export async function shot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

// Every visible form control has an accessible name from a <label>, there is one <h1>, ids are
// unique, and text contrast meets WCAG AA.
export async function assertAccessibleBasics(page) {
  const problems = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('main input, main select, main textarea')) {
      if (el.type === 'hidden' || el.closest('[hidden]')) continue;
      if (!el.labels || el.labels.length === 0) out.push(`geen label: ${el.id || el.name}`);
    }
    if (document.querySelectorAll('main h1').length !== 1) out.push('niet precies één h1');
    if (!document.documentElement.lang) out.push('geen lang op <html>');
    const ids = new Map();
    for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) || 0) + 1);
    for (const [id, n] of ids) if (n > 1) out.push(`id ${id} komt ${n} keer voor`);
    return out;
  });
  assert.deepEqual(problems, []);
  await assertContrast(page);
}

// WCAG 2.1 AA text contrast: every visible element with its own text has at least 4.5:1 against
// the nearest opaque background (3:1 for large text: 24px, or 18.66px bold).
export async function assertContrast(page) {
  const failures = await page.evaluate(() => {
    const parse = (c) => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const [r, g, b, a = '1'] = m[1].split(',').map((x) => x.trim());
      return { r: +r, g: +g, b: +b, a: +a };
    };
    const lum = ({ r, g, b }) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const st = getComputedStyle(e);
        if (st.backgroundImage && st.backgroundImage !== 'none') return null;  // gradients: not judged
        const c = parse(st.backgroundColor);
        if (c && c.a >= 0.99) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (!['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION'].includes(el.tagName)
          && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) {
        const rect = el.getBoundingClientRect();
        const st = getComputedStyle(el);
        if (rect.width === 0 || rect.height === 0 || st.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
        if (el.closest('[hidden]') || st.opacity === '0') continue;
        const fg = parse(st.color), bg = background(el);
        if (!fg || !bg) continue;
        const l1 = lum(fg), l2 = lum(bg);
        const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight, 10) >= 700;
        const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
        if (ratio < need) out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}": ${ratio.toFixed(2)} < ${need}`);
      }
    }
    return out;
  });
  assert.deepEqual(failures, [], 'kleurcontrast');
}

// Dates relative to today, in the Dutch format the forms take (dd-mm-jjjj), and ISO.
export function day(offset) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  const p = (n) => String(n).padStart(2, '0');
  return { nl: `${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`, iso: d.toISOString().slice(0, 10) };
}

// A BSN that passes the elfproef, different on every run.
export function makeBsn() {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
    if (digits[0] === 0) digits[0] = 1;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * digits[i];
    const last = sum % 11;
    if (last <= 9) return digits.join('') + String(last);
  }
}

// axe-core (npm, tests/browser/package.json) run inside the page; evaluated through the
// DevTools protocol, so the page's Content-Security-Policy does not block it. Fails on any
// violation, naming the rule and the first elements it hit.
const AXE_SOURCE = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
export async function assertAxe(page, where = '') {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
  });
  assert.deepEqual(violations, [], `axe-core ${where}`);
}

// The page as a whole must not scroll sideways (a wide table scrolls inside its own box).
export async function assertNoPageOverflow(page, where = '') {
  const r = await page.evaluate(() => {
    const el = document.scrollingElement || document.documentElement;
    const wide = [];
    if (el.scrollWidth > el.clientWidth) {
      for (const e of document.querySelectorAll('body *')) {
        const b = e.getBoundingClientRect();
        if (b.right > el.clientWidth + 1 && !e.closest('.table-wrap') && wide.length < 5) wide.push(`${e.tagName.toLowerCase()}.${e.className}`);
      }
    }
    return { scroll: el.scrollWidth, client: el.clientWidth, wide };
  });
  assert.ok(r.scroll <= r.client, `${where}: pagina scrolt horizontaal (${r.scroll} > ${r.client}): ${r.wide.join(', ')}`);
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

// Logs in with an explicit password (the demo accounts of docs/web.md).
export async function loginWith(page, username, password) {
  await open(page, '#/inloggen');
  const logoutButton = page.getByRole('button', { name: 'Uitloggen' });
  if (await logoutButton.count()) await logout(page);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  await page.waitForFunction(() => !window.location.hash.startsWith('#/inloggen'));
  await rendered(page);
}

// The menu's link texts, in order.
export async function menuLabels(page) {
  return page.locator('#nav-list a').allTextContents();
}

// Chooses in a search-as-you-type picker (web/js/picker.js) as a user would: types part of the
// text, then clicks the option whose name matches.
export async function pick(scope, label, typed, optionName) {
  const input = scope.getByRole('combobox', { name: label });
  await input.fill('');
  await input.pressSequentially(typed, { delay: 20 });
  await scope.page().getByRole('option', { name: new RegExp(`^${optionName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
}
