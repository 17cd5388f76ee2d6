// Aftercare on the WSP overview (wsp): the worklist section and its two forms, a contact dated
// before the placement started refused with the server's Dutch message in the form, desktop and
// 375 px screenshots, axe-core. The demo's placements start next week, so nothing is due yet; the
// due dates and the stored contact are tried in tests/api/aftercare.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, loginWith, open, rendered, shot, assertAxe, assertNoPageOverflow, PHONE, ARTIFACTS } from './lib.mjs';

test('wsp: aftercare worklist and forms', async () => {
  const b = await launch();
  try {
    const page = await b.page();
    await loginWith(page, 'wsp', 'wsp-demo-2026');
    await open(page, '#/werkgevers');
    const section = page.locator('section[aria-labelledby="h-nazorg"]');
    await section.waitFor();
    assert.match(await section.getByRole('heading', { level: 2 }).innerText(), /^Nazorg \(0 contacten te doen, waarvan 0 te laat\)$/);
    await section.getByText('Geen nazorgcontacten te doen.').waitFor();   // the demo's placements start next week

    await section.getByText('Nazorgcontact vastleggen').click();
    const form = page.locator('#aftercare-contact');
    const select = form.getByLabel('Plaatsing');
    const first = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(first);
    await form.getByLabel('Met wie').selectOption('jobcoach');
    await form.getByRole('button', { name: 'Contact opslaan' }).click();
    await page.getByText(/datum ligt voor het begin van de plaatsing/i).first().waitFor();
    await assertAxe(page, 'wsp nazorg');
    await shot(page, 'aftercare-desktop');
    await section.screenshot({ path: path.join(ARTIFACTS, 'aftercare-section-desktop.png') });

    await page.setViewportSize(PHONE);
    await page.reload();
    await rendered(page);
    await section.waitFor();
    await section.getByText('Uitkomst van een plaatsing vastleggen').click();
    await assertNoPageOverflow(page, 'wsp nazorg 375 px');
    await assertAxe(page, 'wsp nazorg 375 px');
    await section.screenshot({ path: path.join(ARTIFACTS, 'aftercare-section-phone.png') });
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
