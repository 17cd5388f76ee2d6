// One logged procurement: the invited companies as classified on the date, quotes, winner, and
// the SEBO rule check with its flag. Below it the award (issue 16): inkoop completes the procurement
// after it was logged (quotes, winner, award date and value, the reason for a deviation: required
// while flagged); an award that carries social return becomes a draft contract the SR-team confirms
// with the labour share, or the SR-team records an exemption.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form, notice } from '../forms.js';
import { go } from '../router.js';
import * as session from '../session.js';
import { page, pageHeader, details, table, takeFlash, setFlash, statusBadge } from '../components.js';
import { ruleNodes } from '../sebo.js';
import * as L from '../labels.js';
import * as ref from '../refdata.js';

const dutchDate = (iso) => (iso ? fmt.date(iso) : '');

function awardSection(p, a) {
  const c = a.contract, ob = a.obligation, x = a.exemption;
  let register;
  if (c) {
    register = h('span', null, h('a', { href: `#/contracten/${c.id}` }, `Contract ${c.reference}`), ' ',
      statusBadge(c.status === 'concept' ? 'gemeld' : 'voldaan', c.status === 'concept' ? 'Concept: SR-team bevestigt' : 'Bevestigd'),
      c.provisional ? ' (verplichting voorlopig: loonsom onbekend)' : '');
  } else if (x) {
    register = 'Niet nodig: ontheffing vastgelegd';
  } else if (ob && ob.applies) {
    register = h('strong', null, 'Ontbreekt: nog niet in het register');
  } else {
    register = p.winner ? 'Geen social return volgens het beleid' : 'Nog niet gegund';
  }
  return h('section', { class: 'result-panel', id: 'award', 'aria-labelledby': 'award-title' },
    h('h2', { id: 'award-title', class: 'result-title' }, 'Gunning en register'),
    details([
      ['Gunningsdatum', a.award_date ? dutchDate(a.award_date) : 'nog niet vastgelegd'],
      ['SROI-verplichting volgens beleid', ob ? (ob.applies
        ? `${fmt.euro(ob.amount)} (${fmt.percent(ob.percentage)}${ob.met_by_sebo ? ', basis voldaan met SEBO-keurmerk' : ''}${ob.provisional && !c ? ', voorlopig' : ''})`
        : 'geen') : '–'],
      ['Register', register],
      x ? ['Ontheffing', `${x.granted_by}, ${dutchDate(x.granted_on)}: ${x.reason}`] : null,
    ]));
}

function completeForm(p, a) {
  const flagged = p.flagged || p.rule.outcome === 'afwijking-met-reden';
  const inRegister = Boolean(a.contract);
  const form = new Form({
    id: 'complete-form', submitLabel: 'Inkoop aanvullen',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (flagged && !values.deviation_reason) errors.push({ field: 'deviation_reason', message: 'Deze inkoop is gemarkeerd: vul de reden van de afwijking in.' });
      if (values.winner && !values.award_date) errors.push({ field: 'award_date', message: 'Vul de gunningsdatum in.' });
      if (errors.length) { f.showErrors(errors); return; }
      const body = { deviation_reason: values.deviation_reason || '' };
      if (!inRegister) {
        body.winner = values.winner || null;
        if (values.awarded_value !== null) body.awarded_value = values.awarded_value;
        const quotes = p.invited.filter((i) => values[`quote_${i.kvk}`] !== null && values[`quote_${i.kvk}`] !== undefined)
          .map((i) => ({ kvk: i.kvk, amount: values[`quote_${i.kvk}`] }));
        if (quotes.length) body.quotes = quotes;
      }
      if (values.award_date) body.award_date = values.award_date;
      try {
        const r = await api.patch(`/procurements/${p.id}`, body);
        setFlash(r.created_contract_id
          ? `Inkoop aangevuld. Conceptcontract ${r.award.contract.reference} staat in het register; het SR-team bevestigt het.`
          : 'Inkoop aangevuld.');
        go(`/inkoop/${p.id}`);
      } catch (err) { f.showApiError(err); }
    },
  });
  if (!inRegister) {
    const quotes = h('fieldset', null, h('legend', null, 'Offertes'));
    form.body.append(quotes);
    for (const i of p.invited) {
      form.add(`quote_${i.kvk}`, `Offerte ${i.name}`, { kind: 'amount', unit: '€', unitPosition: 'before', width: 'm', container: quotes,
        value: i.quote !== null && i.quote !== undefined ? fmt.amount(i.quote) : '', api: ['quotes'] });
    }
    form.add('winner', 'Winnaar', { kind: 'select', options: p.invited.map((i) => ({ value: i.kvk, label: i.name })), placeholder: 'Nog niet gegund', value: p.winner ? p.winner.kvk : '' });
    form.add('awarded_value', 'Gunningsbedrag', { kind: 'amount', unit: '€', unitPosition: 'before', width: 'm', hint: 'Exclusief btw. Leeg: de offerte van de winnaar.', value: p.awarded_value !== null ? fmt.amount(p.awarded_value) : '' });
  }
  form.add('award_date', 'Gunningsdatum', { kind: 'date', width: 'm', hint: 'Als dd-mm-jjjj.', value: dutchDate(a.award_date) });
  form.add('deviation_reason', 'Reden van afwijking', { kind: 'textarea', rows: 3, maxlength: 499, required: flagged, value: p.deviation_reason || '',
    hint: flagged ? 'Verplicht: de voorkeursvolgorde van SEBO is niet gevolgd. Waarom is geen lokale SEBO-keurmerkhouder (of lokale ondernemer) uitgenodigd?' : 'Alleen als de voorkeursvolgorde niet is gevolgd.' });
  return h('section', { 'aria-labelledby': 'complete-title' }, h('h2', { id: 'complete-title' }, 'Inkoop aanvullen'),
    inRegister ? h('p', null, 'De gunning staat in het register; winnaar en bedrag wijzigt u daar.') : null, form.el);
}

function draftButton(p) {
  const form = new Form({
    id: 'draft-form', submitLabel: 'Conceptcontract maken',
    onSubmit: async (f) => {
      try {
        const r = await api.post(`/procurements/${p.id}/contract`, {});
        setFlash(`Conceptcontract ${r.award.contract.reference} staat in het register.`);
        go(`/inkoop/${p.id}`);
      } catch (err) { f.showApiError(err); }
    },
  });
  return h('section', { 'aria-labelledby': 'draft-title' }, h('h2', { id: 'draft-title' }, 'Naar het register'),
    h('p', null, 'Deze gunning draagt social return maar staat niet in het register. Maak er een conceptcontract van; de gegevens van de inkoop worden overgenomen.'), form.el);
}

function confirmForm(p, c) {
  const form = new Form({
    id: 'confirm-form', submitLabel: 'Contract bevestigen',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      const body = {};
      if (values.labour_share_pct !== null) body.labour_share_pct = values.labour_share_pct;
      if (values.start_date) body.start_date = values.start_date;
      if (values.end_date) body.end_date = values.end_date;
      try {
        await api.post(`/contracts/${c.id}/confirm`, body);
        setFlash(`Contract ${c.reference} is bevestigd.`);
        go(`/inkoop/${p.id}`);
      } catch (err) { f.showApiError(err); }
    },
  });
  form.add('labour_share_pct', 'Loonsomaandeel', { kind: 'decimal', unit: '%', width: 's', required: c.provisional,
    hint: 'Het deel van de opdrachtwaarde dat loonkosten is. Onder 30 % geldt 2 % in plaats van 5 %.' });
  form.add('start_date', 'Begindatum', { kind: 'date', width: 'm', hint: 'Leeg: ongewijzigd (de gunningsdatum).' });
  form.add('end_date', 'Einddatum', { kind: 'date', width: 'm', hint: 'Leeg: ongewijzigd (een jaar na de begindatum).' });
  return h('section', { 'aria-labelledby': 'confirm-title' }, h('h2', { id: 'confirm-title' }, 'Conceptcontract bevestigen'), form.el);
}

function exemptForm(p) {
  const form = new Form({
    id: 'exempt-form', submitLabel: 'Ontheffing vastleggen',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await api.post(`/procurements/${p.id}/exemption`, values);
        setFlash('De ontheffing is vastgelegd.');
        go(`/inkoop/${p.id}`);
      } catch (err) { f.showApiError(err); }
    },
  });
  form.add('granted_by', 'Verleend door', { required: true, maxlength: 127, hint: 'Bijvoorbeeld de gemeentesecretaris.' });
  form.add('granted_on', 'Datum ontheffing', { kind: 'date', required: true, width: 'm', hint: 'Als dd-mm-jjjj.' });
  form.add('reason', 'Reden', { kind: 'textarea', rows: 3, maxlength: 499, required: true });
  return h('details', { class: 'new-company', id: 'exemption' }, h('summary', null, 'Ontheffing van social return vastleggen'), form.el);
}

export default async function procurement({ params }) {
  const id = encodeURIComponent(params.id);
  const [p, munis] = await Promise.all([api.get(`/procurements/${id}/award`), ref.municipalities()]);
  const a = p.award;
  const muni = munis.find((m) => m.code === p.municipality);
  const winner = p.winner ? p.winner.kvk : null;
  const confirmed = a.contract && a.contract.status === 'bevestigd';
  const actions = [];
  if (session.can('sebo.procurement.log') && !confirmed) actions.push(completeForm(p, a));
  if (session.can('contract.create') && p.winner && !a.contract && !a.exemption && a.obligation && a.obligation.applies) actions.push(draftButton(p));
  if (session.can('realisation.decide') && a.contract && a.contract.status === 'concept') actions.push(confirmForm(p, a.contract));
  if (session.can('realisation.decide') && p.winner && !confirmed && !a.exemption && a.obligation && a.obligation.applies) actions.push(exemptForm(p));
  return page(p.subject,
    pageHeader(p.subject, { back: { href: '#/inkoop', label: 'Uitnodigingslog' } }),
    takeFlash(),
    h('section', { class: 'result-panel', id: 'rule-check', 'aria-labelledby': 'rule-title' },
      h('h2', { id: 'rule-title', class: 'result-title' }, 'SEBO-toets'), ...ruleNodes(p.rule),
      p.deviation_reason ? h('p', null, 'Reden afwijking: ', p.deviation_reason) : null),
    p.flagged && session.can('sebo.procurement.log') && !confirmed ? notice('warning', h('p', null, 'Gemarkeerd: vul de reden van de afwijking in voordat u de inkoop aanvult.')) : null,
    details([
      ['Gemeente', muni ? muni.name : p.municipality], ['Afdeling', p.department], ['Kenmerk', p.reference],
      ['Categorie', L.label('category', p.category)], ['Procedure', L.label('procedure', p.procedure)],
      ['Geraamde waarde', fmt.euro(p.estimated_value)], ['Datum', fmt.date(p.date)],
      ['Winnaar', p.winner ? p.winner.name : 'nog niet gegund'], ['Gunningsbedrag', fmt.euro(p.awarded_value)],
      ['Vastgelegd door', L.actor(p.logged_by)],
    ]),
    awardSection(p, a),
    h('h2', null, 'Uitgenodigd'),
    table('Uitgenodigde ondernemers', [
      { label: 'Onderneming', cell: (x) => `${x.name} (KvK ${x.kvk})` },
      { label: 'Op de datum', cell: (x) => L.label('sebo_class', x.class) },
      { label: 'Offerte', numeric: true, cell: (x) => (x.quoted ? (x.quote !== null ? fmt.euro(x.quote) : 'ja') : '–') },
      { label: 'Winnaar', cell: (x) => (x.kvk === winner ? 'ja' : '') },
    ], p.invited, { captionHidden: true, id: 'invited-list' }),
    ...actions);
}
