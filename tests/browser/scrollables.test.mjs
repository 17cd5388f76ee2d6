// A table box that scrolls sideways must have a Tab stop (axe rule scrollable-region-focusable),
// also when its rows arrive after the page was drawn: a check that ran right after such a fetch
// once found the box without one (CI, settlement test at 375 px). Here a wide table is added to a
// drawn page the way a late fetch adds it, and the box must be marked before any other task runs;
// widening the window must take the Tab stop away again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, loginWith, PHONE, DESKTOP } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';

test('een laat gevulde brede tabel krijgt meteen een tabstop, en verliest die als hij past', { skip }, async () => {
  const b = await launch();
  try {
    const page = await b.page();
    await page.setViewportSize(PHONE);
    await loginWith(page, 'srteam', 'srteam-demo-2026');
    await open(page, '#/werkvoorraad');
    const marked = await page.evaluate(async () => {
      const wrap = document.createElement('div');
      wrap.className = 'table-wrap';
      wrap.id = 'late-table';
      wrap.dataset.caption = 'late-caption';
      const cells = Array.from({ length: 12 }, (_, i) => `<td>kolom-met-lange-inhoud-${i}</td>`).join('');
      wrap.innerHTML = `<table><caption id="late-caption">Laat</caption><tr>${cells}</tr></table>`;
      document.getElementById('main').append(wrap);
      await Promise.resolve();   // only microtasks (the MutationObserver) may run before the check
      return { tabindex: wrap.getAttribute('tabindex'), role: wrap.getAttribute('role'), scrolls: wrap.scrollWidth > wrap.clientWidth };
    });
    assert.deepEqual(marked, { tabindex: '0', role: 'group', scrolls: true });

    // Wide enough: the rows fit and the box is no Tab stop any more (ResizeObserver, no timer).
    await page.evaluate(() => { document.querySelector('#late-table table').style.fontSize = '1px'; });
    await page.setViewportSize(DESKTOP);
    await page.waitForFunction(() => !document.getElementById('late-table').hasAttribute('tabindex'), null, { timeout: 5000 });
    assert.deepEqual(b.errors, [], 'no script errors');
  } finally {
    await b.close();
  }
});
