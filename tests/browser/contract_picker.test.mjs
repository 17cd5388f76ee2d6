// Registering a contract with the contractor chosen by typing (issue 14): a search-as-you-type
// picker over the known organisations (name, KvK, place) instead of a long dropdown; the
// municipality itself is never offered as contractor; the obligation panel states no policy until
// a municipality is chosen. Inkoop at desktop and 375 px, and the SR-team (three municipalities).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, rendered, loginWith, assertAxe, assertNoPageOverflow, shot, day, pick, PHONE, DESKTOP } from './lib.mjs';

const skip = !BASE && 'INCLUSIO_BASE_URL ontbreekt (start via tests/browser/run.sh)';

async function fillContract(form, ref) {
  await form.getByLabel('Kenmerk').fill(ref);
  await form.getByLabel('Omschrijving').fill(`Groenonderhoud ${ref}`);
  await form.getByLabel('Categorie').selectOption('diensten');
  await form.getByLabel('Procedure').selectOption('europees');
  await form.getByLabel('Opdrachtwaarde').fill('300.000');
  await form.getByLabel('Loonsom').fill('50');
  await form.getByLabel('Gunningsdatum').fill(day(-10).nl);
  await form.getByLabel('Startdatum').fill(day(-5).nl);
  await form.getByLabel('Einddatum').fill(day(700).nl);
}

for (const [label, viewport] of [['desktop', DESKTOP], ['375', PHONE]]) {
  test(`inkoop, ${label}: contract registreren met de opdrachtnemer gekozen door te typen`, { skip }, async () => {
    const b = await launch();
    try {
      const page = await b.page();
      await page.setViewportSize(viewport);
      await open(page, '#/inloggen');
      await assertAxe(page, `inloggen ${label}`);
      await assertNoPageOverflow(page, `inloggen ${label}`);
      await loginWith(page, 'inkoop', 'inkoop-demo-2026');
      await page.getByRole('heading', { level: 1, name: 'Contract registreren' }).waitFor();
      const form = page.locator('#contract-form');
      const ref = `PK-${label}-${Date.now().toString(36)}`;
      await fillContract(form, ref);
      const input = form.getByRole('combobox', { name: 'Opdrachtnemer' });
      // The municipality is no contractor: typing its name finds no municipality.
      await input.pressSequentially('Gemeente Zoet', { delay: 10 });
      await page.getByRole('listbox').getByText('Geen opdrachtnemers gevonden').waitFor();
      assert.equal(await page.getByRole('option', { name: /Gemeente Zoetermeer/ }).count(), 0);
      // A name typed in part, then the keyboard: down arrow and Enter.
      await input.fill('');
      await input.pressSequentially('groenw', { delay: 20 });
      await page.getByRole('option', { name: /^Groenwerk Zoetermeer BV/ }).waitFor();
      await assertAxe(page, `contract picker open ${label}`);
      await shot(page, `contract-picker-${label}`);
      await input.press('ArrowDown');
      await input.press('Enter');
      assert.equal(await input.inputValue(), 'Groenwerk Zoetermeer BV');
      await assertNoPageOverflow(page, `contract nieuw ${label}`);
      // Typed text that is not a choice is refused at the field.
      await input.fill('Onbekend bedrijf');
      await form.getByRole('button', { name: 'Contract registreren' }).click();
      await form.locator('.error-summary').getByText(/Kies de opdrachtnemer uit de lijst/).waitFor();
      // By KvK number.
      await pick(form, 'Opdrachtnemer', '2736', 'Groenwerk Zoetermeer BV');
      await form.getByRole('button', { name: 'Contract registreren' }).click();
      await page.getByRole('heading', { level: 1, name: `Groenonderhoud ${ref}` }).waitFor();
      await rendered(page);
      await page.getByText('Groenwerk Zoetermeer BV').first().waitFor();
      await assertAxe(page, `contract ${label}`);
      await assertNoPageOverflow(page, `contract ${label}`);
      await shot(page, `contract-picker-geregistreerd-${label}`);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('sr-team met drie gemeenten: geen beleid in het verplichtingenpaneel voordat een gemeente is gekozen', { skip }, async () => {
  const b = await launch();
  try {
    const page = await b.page();
    await loginWith(page, 'srteam', 'srteam-demo-2026');
    await page.goto(`${BASE}/#/contracten/nieuw`);
    await rendered(page);
    const form = page.locator('#contract-form');
    await fillContract(form, `PK-sr-${Date.now().toString(36)}`);
    await page.waitForTimeout(800);  // past the 300 ms debounce of the live preview
    const panel = page.locator('.result-panel');
    assert.doesNotMatch(await panel.textContent(), /Beleid|%/, 'no policy before a municipality is chosen');
    await panel.getByText(/Kies de gemeente/).waitFor();
    await form.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zoetermeer' });
    await panel.getByText(/Beleid/).waitFor();
    await assertAxe(page, 'contract nieuw sr-team');
    // The contract list's contractor filter is the same picker.
    await page.goto(`${BASE}/#/contracten`);
    await rendered(page);
    const filters = page.locator('#filter-form');
    await pick(filters, 'Opdrachtnemer', 'schoon', 'Schoon & Sociaal Schoonmaak BV');
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForFunction(() => /contractor=\d+/.test(window.location.hash));
    await rendered(page);
    const names = await page.locator('table tbody tr td:nth-child(4)').allTextContents();
    assert.ok(names.length >= 1 && names.every((n) => n.trim() === 'Schoon & Sociaal Schoonmaak BV'), names.join(' | '));
    assert.equal(await filters.getByRole('combobox', { name: 'Opdrachtnemer' }).inputValue(), 'Schoon & Sociaal Schoonmaak BV');
    await assertAxe(page, 'contracten gefilterd');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
