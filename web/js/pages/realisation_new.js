// Contractor reports a realisation: choose a building block from the catalogue in force on the
// contract's award date, hours, dates, candidate BSN and own reference. The value it will count
// is shown before saving (POST /calc/value); the BSN is sent once and stored only as a pseudonym.
import { h, debounce } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as model from '../model.js';
import * as cat from '../catalogue.js';
import { go } from '../router.js';
import { page, pageHeader, setFlash } from '../components.js';
import { calcValue, valueResult, resultPanel } from '../calc.js';

function bsnParse(raw) {
  const s = raw.replace(/[\s.]/g, '');
  if (!/^\d{8,9}$/.test(s)) return { error: 'Een BSN bestaat uit 9 cijfers.' };
  const bsn = s.padStart(9, '0');
  if (!fmt.bsnValid(bsn)) return { error: 'Dit BSN is niet geldig (de elfproef klopt niet). Controleer het nummer.' };
  return { value: bsn };
}

export default async function realisationNew({ params }) {
  const [c, catalogues] = await Promise.all([
    api.get(`/contracts/${encodeURIComponent(params.id)}`).then(model.contract),
    cat.catalogues(),
  ]);
  const can = model.reportable(c, fmt.todayIso());
  if (!can.ok) {
    return page('Realisatie melden', pageHeader('Realisatie melden', { back: { href: `#/contracten/${c.id}`, label: c.reference } }),
      h('div', { class: 'notice notice-warning', role: 'status' }, h('p', null, can.why)));
  }
  const catalogue = (c.catalogue_id && catalogues.find((k) => k.id === c.catalogue_id)) || cat.inForce(catalogues, c.award_date);
  const panel = resultPanel('Waarde van deze realisatie', 'Kies een bouwblok en vul de gegevens in; de waarde die meetelt verschijnt hier.');
  let seq = 0;

  const form = new Form({
    id: 'realisation-form',
    className: 'form-wide',
    submitLabel: 'Realisatie melden',
    secondary: h('a', { href: `#/contracten/${c.id}` }, 'Annuleren'),
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (values.start && values.end && values.end < values.start) errors.push({ field: 'end', message: 'De laatste werkdag ligt vóór de eerste.' });
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await api.post('/realisations', body(values, true));
        setFlash('De realisatie is gemeld. Het SR-team verifieert haar; daarna telt zij mee in de voortgang.');
        go(`/contracten/${c.id}`);
      } catch (err) { f.showApiError(err); }
    },
  });

  function body(values, withPerson) {
    const block = cat.findBlock(catalogue, values.block);
    const b = { contract_id: c.id, block: values.block, start: values.start };
    if (values.end) b.end = values.end;
    if (values.hours_per_week !== null && values.hours_per_week !== undefined) b[block && block.kind === 'per_uur' ? 'hours' : 'hours_per_week'] = values.hours_per_week;
    if (values.amount !== null && values.amount !== undefined) b.amount = values.amount;
    if (values.subsidy_end) b.subsidy_end = values.subsidy_end;
    if (withPerson) {
      if (values.bsn) b.bsn = values.bsn;
      if (values.candidate_ref) b.candidate_ref = values.candidate_ref;
    }
    return b;
  }

  const blockField = form.add('block', 'Bouwblok', { kind: 'select', options: cat.blockOptions(catalogue), placeholder: 'Kies een bouwblok', required: true, hint: catalogue ? `Uit de catalogus ${catalogue.name}, die gold op de gunningsdatum.` : null });
  const blockInfo = h('p', { class: 'field-hint block-info', id: 'block-info', 'aria-live': 'polite' });
  blockField.wrapper.append(blockInfo);
  const hours = form.add('hours_per_week', 'Uren per week', { kind: 'decimal', required: true, api: ['hours_per_week', 'hours'], unit: 'uur', width: 's', hint: 'Volgens de arbeidsovereenkomst. Meer dan 36 uur telt als 36.' });
  const amountField = form.add('amount', 'Bedrag', { kind: 'amount', required: true, unit: '€', unitPosition: 'before', width: 'm', hint: 'Het werkelijke bedrag, exclusief btw.' });
  const startField = form.add('start', 'Eerste werkdag', { kind: 'date', required: true, width: 'm', hint: 'Als dd-mm-jjjj.' });
  const endField = form.add('end', 'Laatste werkdag', { kind: 'date', required: true, width: 'm', hint: 'Als dd-mm-jjjj. Werkt de kandidaat nog? Vul dan de laatste dag van de meldperiode in.' });
  const subsidyField = form.add('subsidy_end', 'Loonkostensubsidie tot', { kind: 'date', width: 'm', hint: 'Alleen als de kandidaat met loonkostensubsidie werkt: die dagen tellen dan mee zolang de subsidie loopt. Als dd-mm-jjjj.' });
  const person = h('fieldset', null, h('legend', null, 'Kandidaat'),
    h('p', { class: 'field-hint' }, 'Het BSN gebruiken we alleen om dubbeltellingen in de regio te voorkomen. We bewaren het niet, alleen een versleutelde afgeleide.'));
  form.body.append(person);
  const bsnField = form.add('bsn', 'BSN van de kandidaat', { required: true, container: person, width: 'm', inputmode: 'numeric', maxlength: 11, parse: bsnParse });
  const refField = form.add('candidate_ref', 'Uw eigen referentie', { container: person, width: 'l', maxlength: 40, hint: 'Bijvoorbeeld een personeelsnummer. Geen naam.' });

  function applyKind() {
    const b = cat.findBlock(catalogue, form.raw('block'));
    blockInfo.textContent = b ? `Waarde: ${cat.kindText(b)}.` : '';
    const kind = b ? b.kind : 'per_jaar';
    const part = b ? b.part : 'banen';
    hours.wrapper.hidden = !(kind === 'per_jaar' || kind === 'per_uur');
    hours.wrapper.querySelector('label').firstChild.textContent = kind === 'per_uur' ? 'Aantal uren' : 'Uren per week';
    amountField.wrapper.hidden = kind !== 'werkelijke_kosten';
    endField.wrapper.hidden = kind !== 'per_jaar';
    subsidyField.wrapper.hidden = kind !== 'per_jaar' || part !== 'banen';
    startField.wrapper.querySelector('label').firstChild.textContent = kind === 'per_jaar' ? 'Eerste werkdag' : 'Datum';
    person.hidden = part === 'activiteit';
    bsnField.wrapper.hidden = part === 'activiteit';
    refField.wrapper.hidden = part === 'activiteit';
    bsnField.required = part === 'banen';
    bsnField.wrapper.querySelector('.optional')?.remove();
    if (!bsnField.required) bsnField.wrapper.querySelector('label').append(h('span', { class: 'optional' }, ' (optioneel)'));
  }
  blockField.input.addEventListener('change', applyKind);
  applyKind();

  async function preview() {
    const { values, errors } = form.read();
    const blocking = errors.filter((e) => e.field !== 'bsn' && e.field !== 'candidate_ref');
    if (blocking.length) { panel.idle(); return; }
    const mine = ++seq;
    try {
      const { contract_id: _ignored, ...b } = body(values, false);
      const r = await calcValue({ ...b, contract_start: c.start, contract_end: c.end, award_date: c.award_date });
      if (mine === seq) panel.show(valueResult(r));
    } catch (err) {
      if (mine === seq) panel.error(err.detail || err.message);
    }
  }
  const live = debounce(preview, 300);
  form.el.addEventListener('input', live);
  form.el.addEventListener('change', live);

  return page('Realisatie melden',
    pageHeader('Realisatie melden', {
      back: { href: `#/contracten/${c.id}`, label: c.title },
      lead: `${c.reference} · ${c.title}. Looptijd ${fmt.date(c.start)} t/m ${fmt.date(c.end)}.`,
    }),
    h('div', { class: 'calc-grid' }, form.el, panel.el));
}
