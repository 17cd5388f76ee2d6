// A contractor's portal offers "Realisatie melden" only where it can succeed (issue 14): on running
// contracts with an obligation, not on ended ones (the demo's Groenwerk has two ended contracts
// and one running). The direct address of the form on an ended contract says why instead. Desktop
// and 375 px, axe-core and page-level overflow checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, loginWith, assertAxe, assertNoPageOverflow, shot, PHONE, DESKTOP } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';

for (const [label, viewport] of [['desktop', DESKTOP], ['375', PHONE]]) {
  test(`opdrachtnemer, ${label}: melden alleen bij lopende contracten`, { skip }, async () => {
    const b = await launch();
    try {
      const page = await b.page();
      await page.setViewportSize(viewport);
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
      await open(page, `${endedLink}/realisatie`);
      await page.getByRole('status').getByText(/melden kan niet meer/).waitFor();
      assert.equal(await page.locator('#realisation-form').count(), 0);
      await assertAxe(page, `realisatie afgelopen ${label}`);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}
