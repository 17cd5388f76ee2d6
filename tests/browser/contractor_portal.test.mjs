// A contractor's portal offers "Realisatie melden" only where it can succeed (issue 14): on running
// contracts with an obligation, not on ended ones (the demo's Groenwerk has two ended contracts
// and one running). The direct address of the form on an ended contract says why instead; on a
// running one the offered link leads to a report that is accepted. Desktop and 375 px, axe-core,
// page-level overflow and a screenshot on every page visited (the login page included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, rendered, loginWith, assertAxe, assertNoPageOverflow, shot, day, makeBsn, PHONE, DESKTOP } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';

for (const [label, viewport] of [['desktop', DESKTOP], ['375', PHONE]]) {
  test(`opdrachtnemer, ${label}: melden alleen bij lopende contracten`, { skip }, async () => {
    const b = await launch();
    try {
      const page = await b.page();
      await page.setViewportSize(viewport);
      await open(page, '#/inloggen');
      await assertAxe(page, `inloggen ${label}`);
      await assertNoPageOverflow(page, `inloggen ${label}`);
      await shot(page, `portaal-inloggen-${label}`);
      await loginWith(page, 'groenwerk', 'groenwerk-demo-2026');
      await open(page, '#/portaal');
      const cards = page.locator('#my-contracts > li');
      const n = await cards.count();
      const today = new Date().toISOString().slice(0, 10);
      let running = 0, ended = 0;
      for (let i = 0; i < n; i++) {
        const card = cards.nth(i);
        const text = await card.textContent();
        const m = /t\/m (\d{2})-(\d{2})-(\d{4})/.exec(text);
        const end = `${m[3]}-${m[2]}-${m[1]}`;
        const offered = await card.getByRole('link', { name: /^Realisatie melden/ }).count();
        if (end < today) {
          ended += 1;
          assert.equal(offered, 0, `no reporting on a contract that ended ${end}`);
          assert.match(text, /afgelopen op .*melden kan niet meer/);
        } else if (!/Geen social-return-verplichting/.test(text)) {
          running += 1;
          assert.equal(offered, 1, `reporting offered on a running contract (${end})`);
        }
      }
      assert.ok(running >= 1 && ended >= 1, `demo has running (${running}) and ended (${ended}) contracts`);
      await assertAxe(page, `portaal ${label}`);
      await assertNoPageOverflow(page, `portaal ${label}`);
      await shot(page, `portaal-${label}`);

      // An ended contract: its page and the form's own address say why, no form.
      const endedLink = await cards.filter({ hasText: 'melden kan niet meer' }).first().locator('h2 a').getAttribute('href');
      await open(page, endedLink);
      assert.equal(await page.getByRole('link', { name: 'Realisatie melden' }).count(), 0);
      await page.getByText(/melden kan niet meer/).first().waitFor();
      await assertAxe(page, `contract afgelopen ${label}`);
      await assertNoPageOverflow(page, `contract afgelopen ${label}`);
      await shot(page, `portaal-contract-afgelopen-${label}`);
      await open(page, `${endedLink}/realisatie`);
      await page.getByRole('status').getByText(/melden kan niet meer/).waitFor();
      assert.equal(await page.locator('#realisation-form').count(), 0);
      await assertAxe(page, `realisatie afgelopen ${label}`);
      await assertNoPageOverflow(page, `realisatie afgelopen ${label}`);
      await shot(page, `portaal-realisatie-afgelopen-${label}`);

      // Where it is offered, it succeeds: the link on a running contract, a job of the last weeks.
      await open(page, '#/portaal');
      const runningCard = cards.filter({ has: page.getByRole('link', { name: /^Realisatie melden/ }) }).first();
      const [, sd, sm, sy] = /(\d{2})-(\d{2})-(\d{4}) t\/m/.exec(await runningCard.textContent());
      const title = (await runningCard.locator('h2').textContent()).trim();
      await runningCard.getByRole('link', { name: /^Realisatie melden/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Realisatie melden' }).waitFor();
      await rendered(page);
      const form = page.locator('#realisation-form');
      const first = `${sy}-${sm}-${sd}` > day(-30).iso ? `${sd}-${sm}-${sy}` : day(-30).nl;
      const ref = `PORTAAL-${label}-${Date.now().toString(36)}`;
      await form.getByLabel('Bouwblok').selectOption('mu-participatiewet');
      await form.getByLabel('Uren per week').fill('24');
      await form.getByLabel('Eerste werkdag').fill(first);
      await form.getByLabel('Laatste werkdag').fill(day(-1).nl);
      await form.getByLabel('BSN van de kandidaat').fill(makeBsn());
      await form.getByLabel('Uw eigen referentie').fill(ref);
      await page.locator('.result-panel').getByText(/Telt mee voor €\s[\d.]+,\d\d/).waitFor();
      await assertAxe(page, `realisatie melden ${label}`);
      await assertNoPageOverflow(page, `realisatie melden ${label}`);
      await shot(page, `portaal-realisatie-melden-${label}`);
      await form.getByRole('button', { name: 'Realisatie melden' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await rendered(page);
      await page.locator('#realisations tr', { hasText: ref }).getByText('Gemeld').waitFor();
      // no date of its period broken over two lines, also at 375 px
      const broken = await page.locator('#realisations tr', { hasText: ref }).evaluate((tr) => {
        const out = [];
        const walker = document.createTreeWalker(tr, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (const m of n.textContent.matchAll(/\d{2}-\d{2}-\d{4}/g)) {
            const r = document.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            if (new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1) out.push(m[0]);
          }
        }
        return out;
      });
      assert.deepEqual(broken, [], `datums over twee regels ${label}`);
      await assertAxe(page, `realisatie gemeld ${label}`);
      await assertNoPageOverflow(page, `realisatie gemeld ${label}`);
      await shot(page, `portaal-realisatie-gemeld-${label}`);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}
