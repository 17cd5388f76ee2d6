// The follow-up after the award (issue 17), tried as the users would: a new contract passes its
// contact deadline, the daily jobs run (`inclusio jobs run`) and the contractor receives the reminder
// by e-mail in a real SMTP sink on the loopback (tests/mail/sink.py, aiosmtpd), the SR-team finds the task in its
// werkvoorraad, records the call in the contract's dossier (one entry for the contractor, one
// internal), sets its e-mail address (a bad one refused); the contractor sees the reminder in its
// inbox and only the entry meant for it in the dossier. Desktop and 375 px, axe-core, page-level
// overflow and a screenshot of every page visited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASE, PASSWORD, launch, open, loginWith, logout, assertAxe, assertNoPageOverflow, shot, day, PHONE, DESKTOP } from './lib.mjs';

const BIN = process.env.INCLUSIO_BIN, DB = process.env.INCLUSIO_DB, KVK = process.env.INCLUSIO_CONTRACTOR_A_KVK;
const skip = (!BASE || !BIN || !DB) && 'INCLUSIO_BASE_URL/INCLUSIO_BIN/INCLUSIO_DB ontbreken (start via tests/browser/run.sh)';
const inc = (...args) => execFileSync(BIN, ['--db', DB, ...args], { encoding: 'utf8' });

async function check(page, where, name) {
  await assertAxe(page, where);
  await assertNoPageOverflow(page, where);
  await shot(page, name);
}

for (const [label, viewport] of [['desktop', DESKTOP], ['375', PHONE]]) {
  test(`opvolging na gunning, ${label}: taak, dossier, berichten`, { skip }, async () => {
    // Awarded ten days ago (so the five working days have passed), without contact.
    const ref = `BT-OPV-${label}-${Date.now() % 100000}`;
    inc('contract', 'add', '--municipality', 'zoetermeer', '--reference', ref, '--title', `Opvolging ${label}`,
      '--category', 'diensten', '--procedure', 'europees', '--value', '250000', '--labour-share-pct', '40',
      '--award-date', day(-10).iso, '--start-date', day(20).iso, '--end-date', day(750).iso, '--contractor-kvk', KVK);
    const id = JSON.parse(inc('--json', 'contract', 'show', '--municipality', 'zoetermeer', '--reference', ref)).id;
    // The contractor's account has an address; the day's jobs mail it through the sink.
    const contractorMail = `bt.opdrachtnemer.a.${label}@groen.example`;
    inc('mail', 'address', 'bt.opdrachtnemer.a', contractorMail);
    const sinkDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-sink-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const sink = spawn('/usr/bin/python3', [path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'mail', 'sink.py'), String(port), sinkDir], { stdio: 'ignore' });
    let run;
    try {
      for (let i = 0; i < 100 && !fs.existsSync(path.join(sinkDir, 'ready')); i++) await new Promise((r) => setTimeout(r, 100));
      const env = { ...process.env, INCLUSIO_SMTP_URL: `smtp://127.0.0.1:${port}`, INCLUSIO_SMTP_FROM: 'sr-team@gemeente.example' };
      run = JSON.parse(execFileSync(BIN, ['--db', DB, '--json', 'jobs', 'run'], { encoding: 'utf8', env }));
      execFileSync(BIN, ['--db', DB, 'mail', 'send', '--all'], { encoding: 'utf8', env });
      const mails = fs.readdirSync(sinkDir).filter((f) => f.endsWith('.eml')).map((f) => fs.readFileSync(path.join(sinkDir, f), 'utf8'));
      const reminder = mails.find((m) => m.startsWith(`X-Envelope-To: ${contractorMail}`) && m.includes(ref));
      assert.ok(reminder, `the contractor received the reminder of ${ref} (${mails.length} messages in the sink)`);
      assert.match(reminder, /Contact over social return/);
    } finally {
      sink.kill('SIGTERM');
      fs.rmSync(sinkDir, { recursive: true, force: true });
    }
    assert.ok(run.notices >= 2, `the day's run made notices (${run.notices})`);
    assert.equal(JSON.parse(inc('--json', 'jobs', 'run', '--no-mail')).notices, 0, 'a second run makes nothing twice');

    const b = await launch();
    try {
      const page = await b.page();
      await page.setViewportSize(viewport);
      await loginWith(page, 'bt.srteam', PASSWORD);

      // The werkvoorraad: its own open task, linked to the contract.
      await open(page, '#/werkvoorraad');
      const task = page.locator('#my-tasks').getByRole('link', { name: `Bellen: geen contact na gunning ${ref}` });
      await task.waitFor();
      await check(page, `werkvoorraad ${label}`, `opvolging-werkvoorraad-${label}`);
      await task.click();
      await page.locator('#dossier').waitFor();
      const timeline = page.getByRole('list', { name: 'Tijdlijn van het dossier' });
      await timeline.getByText('Opdracht gegund').waitFor();

      // A call for the contractor to see, an internal note, and a note with a date in the future.
      const form = page.locator('#dossier-form');
      await form.getByLabel('Soort').selectOption('telefoongesprek');
      await form.getByLabel('Wat is er besproken').fill('Gebeld met de projectleider: plan volgt binnen twee weken.');
      await form.getByLabel('De opdrachtnemer mag dit zien').check();
      await form.getByRole('button', { name: 'Vastleggen in het dossier' }).click();
      await page.getByText('Vastgelegd in het dossier.').waitFor();
      await page.locator('#dossier-form').getByLabel('Soort').selectOption('notitie');
      await page.locator('#dossier-form').getByLabel('Datum').fill(day(3).nl);
      await page.locator('#dossier-form').getByLabel('Wat is er besproken').fill('Intern: opdrachtnemer klinkt onwillig.');
      await page.locator('#dossier-form').getByRole('button', { name: 'Vastleggen in het dossier' }).click();
      await page.locator('#dossier-form').getByText('datum ligt in de toekomst').first().waitFor();
      await page.locator('#dossier-form').getByLabel('Datum').fill(day(0).nl);
      await page.locator('#dossier-form').getByRole('button', { name: 'Vastleggen in het dossier' }).click();
      // the note itself in the timeline: the first note's "Vastgelegd" may still be on the page
      await page.getByRole('list', { name: 'Tijdlijn van het dossier' }).getByText(/onwillig/).waitFor();
      // Newest first (an e-mail queued for an address set earlier may come before them: it has a time).
      const texts = await page.getByRole('list', { name: 'Tijdlijn van het dossier' }).locator('li').allTextContents();
      const note = texts.findIndex((t) => /onwillig/.test(t)), call = texts.findIndex((t) => /projectleider/.test(t));
      const award = texts.findIndex((t) => /Opdracht gegund/.test(t));
      assert.ok(note >= 0 && note < call && call < award, `newest first: ${texts.join(' | ')}`);
      assert.match(texts[note], /^.*Notitie.*intern/s, 'the note is marked internal');
      assert.doesNotMatch(texts[call], /intern/, 'the call is for the contractor too');
      await check(page, `dossier sr-team ${label}`, `opvolging-dossier-srteam-${label}`);

      // Berichten: the notice, and an e-mail address (no address first: refused, nothing stored).
      await open(page, '#/werkvoorraad');
      await page.getByRole('link', { name: 'Alle berichten' }).click();
      await page.getByRole('heading', { name: new RegExp(`Bellen: geen contact na gunning ${ref}`) }).waitFor();
      await page.getByLabel('Uw e-mailadres').fill('sr-team at zoetermeer');
      await page.getByRole('button', { name: 'E-mailadres opslaan' }).click();
      await page.getByText('is geen geldig e-mailadres').first().waitFor();
      await check(page, `berichten fout adres ${label}`, `opvolging-berichten-fout-${label}`);
      await page.getByLabel('Uw e-mailadres').fill(`bt.srteam.${label}@gemeente.example`);
      await page.getByRole('button', { name: 'E-mailadres opslaan' }).click();
      await page.getByText(`Berichten gaan voortaan ook naar bt.srteam.${label}@gemeente.example.`).waitFor();
      await check(page, `berichten ${label}`, `opvolging-berichten-srteam-${label}`);
      await logout(page);

      // The contractor: the reminder in its inbox, the call in its dossier, not the internal note.
      await loginWith(page, 'bt.opdrachtnemer.a', PASSWORD);
      await open(page, '#/portaal');
      await page.getByRole('link', { name: /^Berichten \(\d+ nieuw\)$/ }).click();
      await page.getByRole('heading', { name: new RegExp(`Contact over social return: ${ref}`) }).waitFor();
      await check(page, `berichten opdrachtnemer ${label}`, `opvolging-berichten-opdrachtnemer-${label}`);
      await open(page, `#/contracten/${id}`);
      const mine = page.getByRole('list', { name: 'Tijdlijn van het dossier' });
      await mine.getByText('Gebeld met de projectleider').waitFor();
      assert.equal(await mine.getByText('onwillig').count(), 0, 'the internal note stays internal');
      assert.equal(await page.locator('#dossier-form').count(), 0, 'the contractor records no notes');
      assert.equal(await mine.getByText(/^Door /).count(), 0, "no staff names in the contractor's view");
      await check(page, `dossier opdrachtnemer ${label}`, `opvolging-dossier-opdrachtnemer-${label}`);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}
