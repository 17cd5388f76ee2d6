// Public calculators (no login): what a bidder owes on a tender, and what a candidate would count.
import { h, debounce } from '../dom.js';
import { Form } from '../forms.js';
import * as fmt from '../format.js';
import { page, pageHeader } from '../components.js';
import { obligationBody, calcObligation, calcValue, obligationResult, valueResult, resultPanel } from '../calc.js';
import * as cat from '../catalogue.js';
import * as L from '../labels.js';


function obligationCalculator() {
  const panel = resultPanel('Uitkomst verplichting', 'Vul de gegevens van de aanbesteding in; de uitkomst verschijnt hier.');
  let seq = 0;
  async function compute(form, { fromSubmit = false } = {}) {
    const { values, errors } = form.read();
    if (errors.length) {
      if (fromSubmit) form.showErrors(errors); else panel.idle();
      return;
    }
    if (fromSubmit) form.clearErrors();
    const mine = ++seq;
    try {
      const r = await calcObligation(obligationBody(values, { kvk: values.contractor_kvk, start: values.start_date, end: values.end_date }));
      if (mine === seq) panel.show(obligationResult(r, values.value, { psoReason: Boolean(values.contractor_kvk) }));
    } catch (err) {
      if (mine !== seq) return;
      if (fromSubmit) form.showApiError(err);
      panel.error(err.detail || err.message);
    }
  }
  const form = new Form({ id: 'obligation-form', submitLabel: 'Bereken verplichting', onSubmit: (f) => compute(f, { fromSubmit: true }) });
  form.add('category', 'Categorie', { kind: 'select', options: L.options('category'), placeholder: 'Kies een categorie', required: true });
  form.add('procedure', 'Procedure', { kind: 'select', options: L.options('procedure'), placeholder: 'Kies een procedure', required: true });
  form.add('value', 'Opdrachtwaarde', { kind: 'amount', required: true, unit: '€', unitPosition: 'before', hint: 'Aanneemsom exclusief btw, bijvoorbeeld 250.000,00.', width: 'm' });
  form.add('labour_share_pct', 'Loonsom', { kind: 'decimal', required: true, unit: '%', hint: 'Aandeel van de loonkosten in de opdrachtwaarde.', width: 's' });
  form.add('award_date', 'Gunningsdatum', { kind: 'date', required: true, hint: 'Als dd-mm-jjjj. Het beleid dat op die dag gold, bepaalt de verplichting.', width: 'm' });
  form.add('extra_pct', 'Extra social return aangeboden', { kind: 'decimal', unit: '%', hint: 'Als gunningscriterium bovenop het minimum.', width: 's' });
  form.add('sebo_holder', 'De inschrijver heeft het SEBO-keurmerk', { kind: 'checkbox' });
  // PSO (issue 16): only where the municipality's policy accepts the Prestatieladder Socialer Ondernemen.
  form.add('contractor_kvk', 'KvK-nummer van de inschrijver', { width: 'm', inputmode: 'numeric', maxlength: 8,
    hint: 'Voor de PSO-trede van de inschrijver, als het beleid PSO kent. 8 cijfers.',
    parse: (v) => (/^\d{8}$/.test(v) ? { value: v } : { error: 'Vul bij KvK-nummer van de inschrijver 8 cijfers in.' }) });
  form.add('start_date', 'Looptijd vanaf', { kind: 'date', width: 'm', hint: 'Als dd-mm-jjjj; zonder: de gunningsdatum.' });
  form.add('end_date', 'Looptijd tot en met', { kind: 'date', width: 'm', hint: 'Als dd-mm-jjjj; zonder: een jaar na de start.' });
  const live = debounce(() => compute(form), 350);
  form.el.addEventListener('input', live);
  form.el.addEventListener('change', live);
  return h('section', { class: 'calc', 'aria-labelledby': 'calc-obligation-title' },
    h('h2', { id: 'calc-obligation-title' }, 'Verplichting bij een aanbesteding'),
    h('p', null, 'Wat een opdrachtnemer aan social return moet leveren bij gunning van een opdracht.'),
    h('div', { class: 'calc-grid' }, form.el, panel.el));
}

function valueCalculator(catalogues) {
  const panel = resultPanel('Uitkomst waarde', 'Kies een bouwblok en vul de periode in; de waarde verschijnt hier.');
  const current = cat.inForce(catalogues, null);
  let seq = 0;
  const form = new Form({ id: 'value-form', submitLabel: 'Bereken waarde', onSubmit: (f) => compute(f, { fromSubmit: true }) });
  const blockField = form.add('block', 'Bouwblok', { kind: 'select', options: cat.blockOptions(current), placeholder: 'Kies een bouwblok', required: true });
  const blockInfo = h('p', { class: 'field-hint block-info', id: 'block-info' });
  blockField.wrapper.append(blockInfo);
  const hours = form.add('hours_per_week', 'Uren per week', { kind: 'decimal', required: true, api: ['hours_per_week', 'hours'], unit: 'uur', hint: 'Meer dan 36 uur telt als 36.', width: 's' });
  const amountField = form.add('amount', 'Bedrag', { kind: 'amount', required: true, unit: '€', unitPosition: 'before', width: 'm' });
  form.add('start', 'Eerste werkdag', { kind: 'date', required: true, hint: 'Als dd-mm-jjjj.', width: 'm' });
  const endField = form.add('end', 'Laatste werkdag', { kind: 'date', required: true, hint: 'Als dd-mm-jjjj.', width: 'm' });
  form.add('contract_start', 'Start van het contract', { kind: 'date', required: true, hint: 'Alleen dagen binnen de looptijd tellen mee (of tot 12 maanden ervoor).', width: 'm' });
  form.add('contract_end', 'Einde van het contract', { kind: 'date', required: true, width: 'm' });

  function applyKind() {
    const b = cat.findBlock(current, form.raw('block'));
    blockInfo.textContent = b ? `Waarde: ${cat.kindText(b)}.` : '';
    const kind = b ? b.kind : 'per_jaar';
    hours.wrapper.hidden = !(kind === 'per_jaar' || kind === 'per_uur');
    hours.wrapper.querySelector('label').firstChild.textContent = kind === 'per_uur' ? 'Aantal uren' : 'Uren per week';
    amountField.wrapper.hidden = kind !== 'werkelijke_kosten';
    endField.wrapper.hidden = kind === 'eenmalig' || kind === 'werkelijke_kosten' || kind === 'per_uur';
    form.field('start').wrapper.querySelector('label').firstChild.textContent = endField.wrapper.hidden ? 'Datum' : 'Eerste werkdag';
  }
  blockField.input.addEventListener('change', applyKind);
  applyKind();

  async function compute(f, { fromSubmit = false } = {}) {
    const { values, errors } = f.read();
    if (errors.length) {
      if (fromSubmit) f.showErrors(errors); else panel.idle();
      return;
    }
    if (fromSubmit) f.clearErrors();
    const block = cat.findBlock(current, values.block);
    const body = { block: values.block, start: values.start, contract_start: values.contract_start, contract_end: values.contract_end };
    if (current) body.award_date = values.contract_start < current.effective_from ? current.effective_from : values.contract_start;
    if (values.end) body.end = values.end;
    if (values.hours_per_week !== null && values.hours_per_week !== undefined) body[block && block.kind === 'per_uur' ? 'hours' : 'hours_per_week'] = values.hours_per_week;
    if (values.amount !== null && values.amount !== undefined) body.amount = values.amount;
    const mine = ++seq;
    try {
      const r = await calcValue(body);
      if (mine === seq) panel.show(valueResult(r));
    } catch (err) {
      if (mine !== seq) return;
      if (fromSubmit) f.showApiError(err);
      panel.error(err.detail || err.message);
    }
  }
  const live = debounce(() => compute(form), 350);
  form.el.addEventListener('input', live);
  form.el.addEventListener('change', live);
  return h('section', { class: 'calc', 'aria-labelledby': 'calc-value-title' },
    h('h2', { id: 'calc-value-title' }, 'Waarde van een kandidaat'),
    h('p', null, 'Wat een geplaatste kandidaat of activiteit meetelt volgens de Bouwblokkenmethode', current ? ` (${current.name})` : '', '.'),
    h('div', { class: 'calc-grid' }, form.el, panel.el));
}

export default async function calculator() {
  let catalogues = [];
  let catalogueError = null;
  try { catalogues = await cat.catalogues(); } catch (err) { catalogueError = err; }
  return page('Rekenhulp social return',
    pageHeader('Rekenhulp social return', {
      lead: 'Bereken zonder in te loggen wat een inschrijver aan social return verschuldigd is en wat een kandidaat meetelt. De uitkomst verandert mee terwijl u typt.',
    }),
    obligationCalculator(),
    catalogueError
      ? h('p', { class: 'notice notice-error', role: 'alert' }, `De bouwblokken konden niet worden geladen: ${catalogueError.detail || catalogueError.message}`)
      : valueCalculator(catalogues));
}
