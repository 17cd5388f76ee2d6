// One contract: its obligation, progress bar, details, contact, realisations (verify or reject by
// the SR-team) and yearly reports (submitted by the contractor).
import { h, announce } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as model from '../model.js';
import * as session from '../session.js';
import { render } from '../router.js';
import { page, pageHeader, details, progressBar, statusBadge, table, setFlash, takeFlash } from '../components.js';
import * as L from '../labels.js';
import { jobsSection } from './contract_jobs.js';
import { evidenceCell, followupSections } from '../settlement.js';
import { dossierSection } from './dossier.js';

function obligationPanel(c) {
  const ob = c.obligation;
  let figure;
  if (!ob.applies) figure = 'Geen verplichting';
  else figure = `${fmt.euro(ob.amount)} (${fmt.percent(ob.percentage)})`;
  return h('section', { class: 'panel panel-soft', 'aria-labelledby': 'obligation-title' },
    h('h2', { id: 'obligation-title' }, 'Verplichting en voortgang'),
    h('p', { class: 'obligation-figure' }, figure),
    c.draft ? h('div', { class: 'notice notice-warning', id: 'draft-notice' }, h('p', null,
      'Concept uit een gunning: het SR-team heeft dit contract nog niet bevestigd. ',
      ob.provisional ? 'De verplichting is voorlopig, berekend alsof de hele opdrachtwaarde loonsom is, tot het loonsomaandeel bekend is. ' : '',
      'Bevestigen kan via ', h('a', { href: '#/ontbrekende-sroi' }, 'Ontbrekende SROI'), '.')) : null,
    ob.met_by_sebo ? h('p', null, statusBadge('voldaan-via-sebo', 'Basisverplichting voldaan met SEBO-keurmerk')) : null,
    ob.reason ? h('p', { class: 'muted' }, ob.reason) : null,
    Number(ob.pso_covered) > 0
      ? h('p', { id: 'pso-covered' }, `Gedekt door het PSO-certificaat van de opdrachtnemer: ${fmt.euro(ob.pso_covered)}; nog te realiseren ${fmt.euro(c.progress.due)}.`)
      : null,
    c.progress && ob.applies ? progressBar(c.progress, { label: 'Geverifieerd' }) : null,
    c.progress ? h('p', null, 'Status: ', statusBadge(model.progressStatus(c))) : null);
}

function contactSection(c) {
  const canRecord = session.can('contract.contact');
  const body = [];
  if (c.contact.date) {
    body.push(h('p', null, `De opdrachtnemer heeft contact opgenomen op ${fmt.date(c.contact.date)}.`));
  } else {
    body.push(h('p', null, 'Nog geen contact vastgelegd. ',
      c.contact.deadline ? `De opdrachtnemer moet binnen vijf werkdagen na gunning contact opnemen: uiterlijk ${fmt.date(c.contact.deadline)}. ` : '',
      c.contact.overdue ? statusBadge('niet-voldaan', 'Te laat') : null));
    if (canRecord) {
      const form = new Form({
        id: 'contact-form', submitLabel: 'Contact vastleggen',
        onSubmit: async (f) => {
          const { values, errors } = f.read();
          if (errors.length) { f.showErrors(errors); return; }
          try {
            await api.post(`/contracts/${c.id}/contact`, { date: values.date });
            setFlash(`Het contact met de opdrachtnemer op ${fmt.date(values.date)} is vastgelegd.`);
            render();
          } catch (err) { f.showApiError(err); }
        },
      });
      form.add('date', 'Datum van het eerste contact', { kind: 'date', required: true, width: 'm', value: fmt.date(fmt.todayIso()), hint: 'Als dd-mm-jjjj.' });
      body.push(form.el);
    }
  }
  return h('section', { 'aria-labelledby': 'contact-title' }, h('h2', { id: 'contact-title' }, 'Contact met het SR-team'), body);
}

// The reject form opens under the row; a reason is required.
function rejectForm(r, cell, opener) {
  const form = new Form({
    id: `reject-${r.id}`,
    className: 'reject-form',
    submitLabel: 'Afwijzen',
    secondary: h('button', { type: 'button', class: 'button button-quiet', onclick: () => { form.el.remove(); opener.hidden = false; opener.focus(); } }, 'Annuleren'),
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await api.post(`/realisations/${r.id}/reject`, { reason: values.reason });
        setFlash(`Realisatie ${r.candidate_ref ? `van ${r.candidate_ref} ` : ''}is afgewezen.`);
        render();
      } catch (err) { f.showApiError(err); }
    },
  });
  form.submitButton.classList.add('button-danger');
  form.add('reason', 'Reden van afwijzing', { kind: 'textarea', required: true, rows: 3, id: `reason-${r.id}`, hint: 'De opdrachtnemer ziet deze reden.', maxlength: 500 });
  cell.append(form.el);
  form.field('reason').input.focus();
}

function actionsFor(r) {
  if (!session.can('realisation.decide') || r.status !== 'gemeld') return r.status === 'afgewezen' && r.reject_reason ? h('span', { class: 'muted' }, `Reden: ${r.reject_reason}`) : '';
  const cell = h('div', { class: 'row-actions' });
  const who = r.candidate_ref || `realisatie ${r.id}`;
  const verify = h('button', {
    type: 'button', class: 'button button-small', 'data-action': 'verify', 'data-id': r.id,
    onclick: async () => {
      verify.disabled = true;
      try {
        await api.post(`/realisations/${r.id}/verify`, {});
        setFlash(`Realisatie van ${who} is geverifieerd.`);
        render();
      } catch (err) {
        verify.disabled = false;
        announce(err.detail || err.message);
        cell.append(h('p', { class: 'field-error', role: 'alert' }, err.detail || err.message));
      }
    },
  }, 'Verifiëren', h('span', { class: 'visually-hidden' }, `: ${who}`));
  const reject = h('button', {
    type: 'button', class: 'button button-small button-danger', 'data-action': 'reject', 'data-id': r.id,
    onclick: () => { reject.hidden = true; rejectForm(r, wrap, reject); },
  }, 'Afwijzen', h('span', { class: 'visually-hidden' }, `: ${who}`));
  cell.append(verify, reject);
  const wrap = h('div', null, cell);
  return wrap;
}

function realisationsSection(c) {
  const isContractor = session.hasRole('opdrachtnemer');
  const columns = [
    { label: 'Bouwblok', cell: (r) => r.block.name || r.block.code },
    { label: 'Kandidaat', cell: (r) => r.candidate_ref || '–', rowHeader: false },
    { label: 'Periode', cell: (r) => (r.end && r.end !== r.start ? `${fmt.date(r.start)} t/m ${fmt.date(r.end)}` : fmt.date(r.start)) },
    { label: 'Uren', cell: (r) => (r.hours_per_week ? `${fmt.number(r.hours_per_week)}${r.raw.hours !== undefined ? '' : ' p/w'}` : '–'), numeric: true },
    { label: 'Dagen', cell: (r) => (r.counted_days !== null ? String(r.counted_days) : '–'), numeric: true },
    { label: 'Waarde', cell: (r) => [fmt.euro(r.value), r.capped ? h('span', { class: 'muted' }, ' (max.)') : null], numeric: true },
    { label: 'Status', cell: (r) => statusBadge(r.status) },
    { label: 'Bewijs', cell: evidenceCell },
    { label: session.can('realisation.decide') ? 'Beoordeling' : 'Toelichting', cell: actionsFor },
  ];
  const pending = c.realisations.filter((r) => r.status === 'gemeld').length;
  return h('section', { 'aria-labelledby': 'realisations-title' },
    h('div', { class: 'page-header-row' },
      h('h2', { id: 'realisations-title' }, 'Realisaties'),
      isContractor && model.reportable(c, fmt.todayIso()).ok ? h('a', { class: 'button', href: `#/contracten/${c.id}/realisatie` }, 'Realisatie melden') : null),
    isContractor && !model.reportable(c, fmt.todayIso()).ok ? h('p', { class: 'muted' }, model.reportable(c, fmt.todayIso()).why) : null,
    session.can('realisation.decide') && pending
      ? h('p', null, `${pending} ${pending === 1 ? 'realisatie wacht' : 'realisaties wachten'} op verificatie. Controleer of de kandidaat echt is geplaatst.`) : null,
    table('Gemelde realisaties', columns, c.realisations, { empty: 'Nog geen realisaties gemeld.', captionHidden: true, id: 'realisations' }));
}

function yearStatus(y) {
  if (y.submitted) return statusBadge('geverifieerd', 'Ingediend');
  if (y.overdue) return statusBadge('niet-voldaan', 'Te laat');
  return statusBadge('nog-niet-gestart', 'Nog niet ingediend');
}

function yearlySection(c) {
  const reports = c.yearly_reports || [];
  const nodes = [];
  if (!reports.length) {
    nodes.push(h('p', null, 'Deze opdracht loopt korter dan een jaar; er is geen jaarverslag nodig.'));
  } else {
    nodes.push(table('Jaarverslagen per contractjaar', [
      { label: 'Contractjaar', cell: (y) => `Jaar ${y.year_no}` },
      { label: 'Jaar loopt tot', cell: (y) => fmt.date(y.period_end), rowHeader: false },
      { label: 'Uiterlijk indienen', cell: (y) => fmt.date(y.deadline) },
      { label: 'Status', cell: yearStatus },
    ], reports, { captionHidden: true, id: 'yearly-reports' }));
  }
  const open = reports.filter((y) => !y.submitted);
  if (session.hasRole('opdrachtnemer') && open.length) {
    const form = new Form({
      id: 'yearly-form', submitLabel: 'Jaarverslag indienen',
      onSubmit: async (f) => {
        const { values, errors } = f.read();
        if (errors.length) { f.showErrors(errors); return; }
        try {
          await api.post(`/contracts/${c.id}/yearly-reports`, { year_no: Number(values.year_no), remarks: values.remarks || '' });
          setFlash(`Het jaarverslag over contractjaar ${values.year_no} is ingediend.`);
          render();
        } catch (err) { f.showApiError(err); }
      },
    });
    form.add('year_no', 'Contractjaar', { kind: 'select', options: open.map((y) => ({ value: String(y.year_no), label: `Jaar ${y.year_no} (tot ${fmt.date(y.period_end)})` })), required: true, width: 'l' });
    form.add('remarks', 'Toelichting', { kind: 'textarea', rows: 4, maxlength: 2000, hint: 'Wat hebt u dit jaar gedaan aan social return, en wat staat er nog gepland?' });
    nodes.push(h('h3', null, 'Jaarverslag indienen'),
      h('p', null, 'Met het jaarverslag bevestigt u de realisaties van dat contractjaar. Meld eerst alle realisaties van dat jaar.'), form.el);
  }
  return h('section', { 'aria-labelledby': 'yearly-title' }, h('h2', { id: 'yearly-title' }, 'Jaarverslagen'), nodes);
}

export default async function contractPage({ params }) {
  const c = model.contract(await api.get(`/contracts/${encodeURIComponent(params.id)}`));
  const dossier = await dossierSection(c.id);
  const isContractor = session.hasRole('opdrachtnemer');
  const back = isContractor ? { href: '#/portaal', label: 'Mijn contracten' } : { href: '#/contracten', label: 'Contracten' };
  return page(c.title,
    pageHeader(c.title, { back, lead: `${c.reference} · ${c.municipality ? c.municipality.name || c.municipality.code : ''}${c.contractor && !isContractor ? ` · ${c.contractor.name}` : ''}` }),
    takeFlash(),
    obligationPanel(c),
    h('h2', null, 'Gegevens'),
    details([
      ['Kenmerk', c.reference],
      ['Gemeente', c.municipality && (c.municipality.name || c.municipality.code)],
      ['Afdeling', c.department],
      ['Categorie', L.label('category', c.category)],
      ['Procedure', L.label('procedure', c.procedure)],
      ['Opdrachtwaarde', fmt.euro(c.value)],
      ['Loonsom', fmt.percent(c.labour_share_pct)],
      ['Gunningsdatum', fmt.date(c.award_date)],
      ['Looptijd', `${fmt.date(c.start)} t/m ${fmt.date(c.end)}`],
      ['Opdrachtnemer', c.contractor && c.contractor.id && !isContractor ? h('a', { href: `#/opdrachtnemers/${c.contractor.id}` }, c.contractor.name) : c.contractor && c.contractor.name],
      ['SEBO-keurmerk', c.sebo_holder ? 'Ja' : 'Nee'],
      ['Extra social return', Number(c.extra_pct) ? fmt.percent(c.extra_pct) : 'Geen'],
      c.exemption ? ['Ontheffing', `${fmt.percent(c.exemption.pct)}, verleend door ${c.exemption.by} op ${fmt.date(c.exemption.date)}: ${c.exemption.reason}`] : null,
      c.cpv ? ['CPV-code', c.cpv] : null,
    ]),
    contactSection(c),
    realisationsSection(c),
    await jobsSection(c),
    yearlySection(c),
    ...(await followupSections(c)),
    dossier);
}
