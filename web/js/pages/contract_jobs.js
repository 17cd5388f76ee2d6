// What a contract's social return achieved for residents, on the contract page: the figures of its
// job realisations (residents of the municipality, still working 6 and 12 months after the end,
// contract types; small counts hidden for the council by the server) and, for the contractor and the
// SR-team, forms to record the job behind a realisation and whether the person still works there.
// API: GET /reports/jobs?contract=, PUT /realisations/{id}/job, POST /realisations/{id}/durability.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api, ApiError, sentence } from '../api.js';
import { Form } from '../forms.js';
import * as session from '../session.js';
import { render } from '../router.js';
import { details, setFlash } from '../components.js';

const CONTRACTS = [['tijdelijk', 'Tijdelijk'], ['vast', 'Vast'], ['proefplaatsing', 'Proefplaatsing'], ['detachering', 'Detachering'], ['bbl', 'BBL (leerwerkbaan)']];
const BENEFITS = [['wajong', 'Wajong'], ['participatiewet', 'Participatiewet'], ['ww', 'WW'], ['wia', 'WIA'], ['ioaw', 'IOAW'], ['ioaz', 'IOAZ'], ['anw', 'Anw'], ['anders', 'Anders']];
const opts = (pairs) => pairs.map(([value, label]) => ({ value, label }));
const shown = (o, key) => (o[key] === null || o[key] === undefined ? ((o.suppression && o.suppression[key]) === '<5' ? 'minder dan 5' : 'afgeschermd') : String(o[key]));
const share = (o, key) => (o[key] === null || o[key] === undefined ? '' : ` (${fmt.percent(o[key])})`);

function disclosure(summary, ...content) {
  return h('details', { class: 'disclosure' }, h('summary', null, summary), h('div', { class: 'disclosure-body' }, ...content));
}

async function send(form, method, path, body, flash) {
  try {
    await (method === 'PUT' ? api.put(path, body) : api.post(path, body));
    setFlash(flash);
    render();
  } catch (err) {
    if (err instanceof ApiError) form.showErrors([{ field: err.field, message: sentence(err.detail || err.message) }]);
    else throw err;
  }
}

const jobLabel = (r) => `${r.block.name || r.block.code}${r.candidate_ref ? `, ${r.candidate_ref}` : ''} (${fmt.date(r.start)} t/m ${fmt.date(r.end)})`;

function jobForm(jobs) {
  const form = new Form({ id: 'job-record', submitLabel: 'Baan opslaan', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    const body = { contract_type: values.contract_type };
    if (values.residence_municipality) body.residence_municipality = values.residence_municipality;
    if (values.residence_pc4) body.residence_pc4 = values.residence_pc4;
    if (values.benefit_left) body.benefit_left = values.benefit_left;
    await send(f, 'PUT', `/realisations/${values.job_realisation}/job`, body, 'De baan is vastgelegd.');
  } });
  form.add('job_realisation', 'Realisatie', { kind: 'select', required: true, options: jobs.map((r) => ({ value: String(r.id), label: jobLabel(r) })), placeholder: 'Kies de realisatie' });
  form.add('residence_municipality', 'Woongemeente van de kandidaat', { hint: 'Of alleen het postcodegebied hieronder, niet allebei.' });
  form.add('residence_pc4', 'Postcodegebied (4 cijfers)', { hint: 'Alleen de cijfers, bijvoorbeeld 2711; nooit de volledige postcode.', inputmode: 'numeric', maxlength: 4 });
  form.add('contract_type', 'Arbeidscontract', { kind: 'select', required: true, options: opts(CONTRACTS), placeholder: 'Kies' });
  form.add('benefit_left', 'Verlaten uitkering', { kind: 'select', options: opts(BENEFITS), placeholder: 'Volgt uit het bouwblok', hint: 'Alleen bij bouwblok Banenafspraak te kiezen; bij WW, WIA en Participatiewet volgt hij uit het bouwblok.' });
  return disclosure('Baan achter een realisatie vastleggen', form.el);
}

function durabilityForm(jobs) {
  const form = new Form({ id: 'job-durability', submitLabel: 'Opslaan', onSubmit: async (f) => {
    const { values, errors } = f.read();
    if (errors.length) { f.showErrors(errors); return; }
    await send(f, 'POST', `/realisations/${values.durable_realisation}/durability`, { months: Number(values.months), working: values.working === 'ja' },
      'Vastgelegd of de kandidaat nog aan het werk is.');
  } });
  form.add('durable_realisation', 'Realisatie', { kind: 'select', required: true, options: jobs.map((r) => ({ value: String(r.id), label: jobLabel(r) })), placeholder: 'Kies de realisatie' });
  form.add('months', 'Moment', { kind: 'select', required: true, options: opts([['6', '6 maanden na het einde'], ['12', '12 maanden na het einde']]), placeholder: 'Kies' });
  form.add('working', 'Nog aan het werk bij u?', { kind: 'select', required: true, options: opts([['ja', 'Ja'], ['nee', 'Nee']]), placeholder: 'Kies' });
  return disclosure('Nog aan het werk na 6 of 12 maanden?', form.el);
}

export async function jobsSection(c) {
  let rep = null;
  try { rep = await api.get('/reports/jobs', { contract: c.id }); } catch (err) { if (!(err instanceof ApiError)) throw err; }
  const t = rep && rep.total;
  const jobs = c.realisations.filter((r) => r.status !== 'afgewezen' && Number(r.hours_per_week) > 0);
  const canRecord = session.can('realisation.create') && jobs.length > 0;
  if (!t && !canRecord) return null;
  return h('section', { 'aria-labelledby': 'jobs-title' },
    h('h2', { id: 'jobs-title' }, 'Inwoners en duurzaam werk'),
    t ? details([
      ['Banen met vastgelegde gegevens', shown(t, 'jobs')],
      ['Inwoner van de gemeente', `${shown(t, 'residents')} van ${shown(t, 'residence_known')}${share(t, 'share_residents_pct')}`],
      ['Na 6 maanden nog aan het werk', `${shown(t, 'working_6_months')} van ${shown(t, 'known_6_months')} bekend${share(t, 'share_working_6_months_pct')}`],
      ['Na 12 maanden nog aan het werk', `${shown(t, 'working_12_months')} van ${shown(t, 'known_12_months')} bekend${share(t, 'share_working_12_months_pct')}`],
      ['Contracten', CONTRACTS.map(([k, label]) => `${label}: ${shown(t.contract_types, k)}`).join(', ')],
    ]) : null,
    canRecord ? jobForm(jobs) : null,
    canRecord ? durabilityForm(jobs) : null);
}
