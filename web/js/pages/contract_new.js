// Register an awarded contract (inkoop, SR-team). The obligation is computed live by the server
// (POST /calc/obligation) as the form is filled in, and stored with the contract on saving.
import { h, debounce } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as ref from '../refdata.js';
import * as session from '../session.js';
import { go } from '../router.js';
import { page, pageHeader, setFlash } from '../components.js';
import { enhancePicker } from '../picker.js';
import { obligationBody, calcObligation, obligationResult, resultPanel } from '../calc.js';
import { pastPerformancePanel } from '../settlement.js';
import * as L from '../labels.js';


function userMunicipalities(all) {
  const mine = (session.user().municipalities || []).map((m) => (typeof m === 'object' ? m.code : m));
  const list = mine.length ? all.filter((m) => mine.includes(m.code)) : all;
  return list.length ? list : all;
}

// The body of POST /contracts from the parsed form values.
export function contractBody(v) {
  return {
    municipality: v.municipality,
    department: v.department || '',
    reference: v.reference,
    title: v.title,
    category: v.category,
    procedure: v.procedure,
    value: v.value,
    labour_share_pct: v.labour_share_pct,
    award_date: v.award_date,
    start_date: v.start,
    end_date: v.end,
    contractor_kvk: v.contractor_new ? v.contractor_kvk : v.contractor,
    ...(v.contractor_new ? { contractor_name: v.contractor_name } : {}),
    ...(v.cpv ? { cpv: v.cpv } : {}),
    ...(v.exempted ? {
      exemption_pct: v.exemption_pct,
      exemption_by: v.exemption_by,
      exemption_date: v.exemption_date,
      exemption_reason: v.exemption_reason,
    } : {}),
    sebo_holder: Boolean(v.sebo_holder),
    extra_pct: v.extra_pct ?? 0,
  };
}

export default async function contractNew() {
  const [allMunis, orgs] = await Promise.all([ref.municipalities(), ref.organisations()]);
  const munis = userMunicipalities(allMunis);
  const panel = resultPanel('Verplichting', 'Kies de gemeente en vul categorie, procedure, waarde, loonsom en gunningsdatum in; de verplichting volgens het beleid van die gemeente verschijnt hier.');
  let seq = 0;

  async function preview(f) {
    const { values } = f.read();
    // The policy is the municipality's: nothing is stated before one is chosen.
    const needed = ['municipality', 'category', 'procedure', 'value', 'labour_share_pct', 'award_date'];
    if (needed.some((k) => values[k] === null || values[k] === undefined)) { panel.idle(); return; }
    const mine = ++seq;
    try {
      const kvk = values.contractor_new ? values.contractor_kvk : values.contractor;
      const r = await calcObligation({ ...obligationBody(values, { kvk, start: values.start, end: values.end }), municipality: values.municipality });
      const nodes = obligationResult(r, values.value);
      if (values.exempted && values.exemption_pct !== null && values.exemption_pct !== undefined) {
        nodes.push(h('p', { class: 'result-note' }, `Met de ontheffing geldt ${fmt.percent(values.exemption_pct)} = ${fmt.euro(Math.round(values.value * values.exemption_pct) / 100)}.`));
      }
      if (mine === seq) panel.show(nodes);
    } catch (err) {
      if (mine === seq) panel.error(err.detail || err.message);
    }
  }

  const form = new Form({
    id: 'contract-form',
    className: 'form-wide',
    submitLabel: 'Contract registreren',
    secondary: h('a', { href: '#/contracten' }, 'Annuleren'),
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (values.start && values.end && values.end < values.start) errors.push({ field: 'end', message: 'De einddatum ligt vóór de startdatum.' });
      if (values.labour_share_pct !== null && values.labour_share_pct > 100) errors.push({ field: 'labour_share_pct', message: 'De loonsom is hoogstens 100 %.' });
      if (errors.length) { f.showErrors(errors); return; }
      try {
        const created = await api.post('/contracts', contractBody(values));
        setFlash(`Contract ${values.reference} is geregistreerd.`);
        go(`/contracten/${created.id}`);
      } catch (err) { f.showApiError(err); }
    },
  });

  const who = h('fieldset', null, h('legend', null, 'Opdracht'));
  const moneyCols = h('div', { class: 'form-columns' });
  const money = h('fieldset', null, h('legend', null, 'Waarde en social return'), moneyCols);
  const whenCols = h('div', { class: 'form-columns' });
  const when = h('fieldset', null, h('legend', null, 'Data'), whenCols);
  const contractor = h('fieldset', null, h('legend', null, 'Opdrachtnemer'));
  form.body.append(who, money, when, contractor);

  form.add('municipality', 'Gemeente', { kind: 'select', options: ref.municipalityOptions(munis), required: true, container: who, value: munis.length === 1 ? munis[0].code : undefined, placeholder: munis.length === 1 ? undefined : 'Kies een gemeente' });
  form.add('department', 'Afdeling', { container: who, width: 'l', maxlength: 120 });
  form.add('reference', 'Kenmerk', { required: true, container: who, width: 'l', maxlength: 60, hint: 'Het zaak- of inkoopnummer, uniek binnen de gemeente.' });
  form.add('title', 'Omschrijving', { required: true, container: who, maxlength: 200 });
  form.add('category', 'Categorie', { kind: 'select', options: L.options('category'), placeholder: 'Kies een categorie', required: true, container: who });
  form.add('procedure', 'Procedure', { kind: 'select', options: L.options('procedure'), placeholder: 'Kies een procedure', required: true, container: who });
  form.add('cpv', 'CPV-code', { container: who, width: 'm', maxlength: 12, hint: 'Bijvoorbeeld 45233140-2.' });

  form.add('value', 'Opdrachtwaarde', { kind: 'amount', required: true, unit: '€', unitPosition: 'before', container: moneyCols, width: 'm', hint: 'Aanneemsom exclusief btw.' });
  form.add('labour_share_pct', 'Loonsom', { kind: 'decimal', required: true, unit: '%', container: moneyCols, width: 's', hint: 'Aandeel van de loonkosten in de opdrachtwaarde.' });
  form.add('extra_pct', 'Extra social return aangeboden', { kind: 'decimal', unit: '%', container: moneyCols, width: 's', hint: 'Als gunningscriterium bovenop het minimum.' });

  form.add('award_date', 'Gunningsdatum', { kind: 'date', required: true, container: whenCols, width: 'm', hint: 'Als dd-mm-jjjj.' });
  form.add('start', 'Startdatum', { kind: 'date', required: true, container: whenCols, width: 'm', hint: 'Als dd-mm-jjjj.', api: ['start', 'start_date'] });
  form.add('end', 'Einddatum', { kind: 'date', required: true, container: whenCols, width: 'm', hint: 'Als dd-mm-jjjj.', api: ['end', 'end_date'] });

  // A municipality (as employer) is never the contractor of its own contract: left out of the list.
  const city = new Map(allMunis.map((m) => [m.code, m.name]));
  const items = orgs.filter((o) => !o.municipal_employer).map((o) => ({
    value: o.kvk, label: o.name, detail: `KvK ${o.kvk}${o.municipality ? ` · ${city.get(o.municipality) || o.municipality}` : ''}`,
  }));
  let pick = null;
  const choice = form.add('contractor', 'Opdrachtnemer', {
    required: true, container: contractor, api: ['contractor'],
    hint: `Typ een deel van de naam, het KvK-nummer of de plaats en kies uit de lijst (${items.length} bekende opdrachtnemers).`,
    parse: () => (pick && pick.selected() ? { value: pick.selected().value } : { error: 'Kies de opdrachtnemer uit de lijst: typ een deel van de naam, het KvK-nummer of de plaats.' }),
  });
  pick = enhancePicker(choice.input, items, { noun: 'opdrachtnemers', onChange: () => showPast() });
  const isNewBox = form.add('contractor_new', 'De opdrachtnemer staat niet in de lijst', { kind: 'checkbox', container: contractor });
  const kvk = form.add('contractor_kvk', 'KvK-nummer van de opdrachtnemer', { required: true, container: contractor, width: 'm', inputmode: 'numeric', maxlength: 8, hint: '8 cijfers.' });
  const name = form.add('contractor_name', 'Naam van de opdrachtnemer', { required: true, container: contractor, width: 'l', maxlength: 150 });
  const toggleNew = () => {
    const isNew = isNewBox.input.checked;
    choice.wrapper.hidden = isNew;
    kvk.wrapper.hidden = !isNew;
    name.wrapper.hidden = !isNew;
  };
  isNewBox.input.addEventListener('change', toggleNew);
  toggleNew();
  // The contractor's past performance (issue 17) as soon as it is chosen or typed.
  const past = pastPerformancePanel();
  const showPast = () => past.show(isNewBox.input.checked ? kvk.input.value.trim() : (pick.selected() ? pick.selected().value : ''));
  for (const ev of ['change', 'input']) contractor.addEventListener(ev, debounce(showPast, 200));
  contractor.after(past.el);
  form.add('sebo_holder', 'De opdrachtnemer heeft het SEBO-keurmerk', { kind: 'checkbox', container: contractor });

  const exemption = h('fieldset', null, h('legend', null, 'Ontheffing'));
  form.body.append(exemption);
  const exempted = form.add('exempted', 'De gemeentesecretaris heeft ontheffing verleend', { kind: 'checkbox', container: exemption, hint: 'Alleen bij een afwijking van het beleid. Vul dan het aangepaste percentage in.' });
  const exCols = h('div', { class: 'form-columns' });
  exemption.append(exCols);
  const exFields = [
    form.add('exemption_pct', 'Aangepast percentage', { kind: 'decimal', required: true, unit: '%', container: exCols, width: 's' }),
    form.add('exemption_by', 'Verleend door', { required: true, container: exCols, maxlength: 120 }),
    form.add('exemption_date', 'Datum van de ontheffing', { kind: 'date', required: true, container: exCols, width: 'm' }),
  ];
  exFields.push(form.add('exemption_reason', 'Reden van de ontheffing', { kind: 'textarea', required: true, rows: 3, container: exemption, maxlength: 300 }));
  const toggleExemption = () => { for (const f of exFields) f.wrapper.hidden = !exempted.input.checked; };
  exempted.input.addEventListener('change', toggleExemption);
  toggleExemption();

  const live = debounce(() => preview(form), 300);
  form.el.addEventListener('input', live);
  form.el.addEventListener('change', live);

  return page('Contract registreren',
    pageHeader('Contract registreren', { lead: 'Leg een gegunde opdracht vast. De social-return-verplichting wordt berekend met het beleid dat gold op de gunningsdatum.' }),
    h('div', { class: 'calc-grid' }, form.el, panel.el));
}
