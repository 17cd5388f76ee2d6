// After the award (issue 17): evidence on the realisations table, the follow-up of a contract (plan
// van aanpak, escalation ladder, final settlement), the werkvoorraad's escalation and settlement
// lists, and a contractor's past performance. Used by the contract, werkvoorraad, contractor,
// contract registration and procurement pages.
import { h, clear, announce } from './dom.js';
import * as fmt from './format.js';
import { api, upload } from './api.js';
import { Form } from './forms.js';
import * as session from './session.js';
import { render } from './router.js';
import { table, details, statusBadge, setFlash, markScrollables } from './components.js';

const OUTCOME_BADGE = { voldaan: 'voldaan', 'deels-voldaan': 'achter', 'niet-voldaan': 'niet-voldaan', ontheffing: 'ontheffing' };
const PLAN_LABEL = { 'geen-plan': 'Geen plan', 'op-schema': 'Op schema volgens plan', achter: 'Achter op het plan', gehaald: 'Plan gehaald' };

const size = (n) => (n >= 1024 * 1024 ? `${fmt.number(n / 1024 / 1024, 1)} MB` : `${fmt.number(Math.max(1, Math.round(n / 1024)), 0)} kB`);

// ---- evidence ----

// The evidence cell of a realisation: the files (the SR-team opens them; each opening is logged),
// and for the contractor a file field while the realisation awaits verification.
export function evidenceCell(r) {
  const cell = h('div', { class: 'evidence', 'data-evidence': r.id });
  const isContractor = session.hasRole('opdrachtnemer');
  const canOpen = session.can('realisation.decide');
  if (!canOpen && !isContractor) return cell;
  const list = h('ul', { class: 'evidence-list' });
  cell.append(list);
  api.get(`/realisations/${r.id}/evidence`).then((d) => {
    for (const f of d.items) {
      const label = `${f.filename} (${f.mime === 'application/pdf' ? 'PDF' : 'afbeelding'}, ${size(f.size)})`;
      list.append(h('li', null, canOpen
        ? h('a', { href: `/api/v1/evidence/${f.id}`, target: '_blank', rel: 'noopener' }, label, h('span', { class: 'visually-hidden' }, ' (opent in een nieuw venster)'))
        : label));
    }
    if (!d.items.length) list.append(h('li', { class: 'muted' }, 'Geen bewijs'));
  }).catch(() => list.append(h('li', { class: 'muted' }, 'Bewijs kon niet worden geladen')));
  if (isContractor && r.status === 'gemeld') {
    const id = `evidence-file-${r.id}`;
    const msg = h('p', { class: 'field-error', role: 'alert', hidden: true });
    const input = h('input', { type: 'file', id, accept: 'application/pdf,image/png,image/jpeg', class: 'evidence-input' });
    const send = h('button', { type: 'button', class: 'button button-small button-secondary' }, 'Bewijs toevoegen',
      h('span', { class: 'visually-hidden' }, `: ${r.candidate_ref || `realisatie ${r.id}`}`));
    send.addEventListener('click', async () => {
      msg.hidden = true;
      const file = input.files && input.files[0];
      if (!file) { msg.textContent = 'Kies eerst een bestand (PDF, PNG of JPEG, hoogstens 2 MB).'; msg.hidden = false; input.focus(); return; }
      send.disabled = true;
      try {
        await upload(`/realisations/${r.id}/evidence`, file, { filename: file.name });
        setFlash(`Het bewijsstuk ${file.name} is toegevoegd.`);
        render();
      } catch (err) {
        send.disabled = false;
        msg.textContent = err.detail || err.message;
        msg.hidden = false;
        announce(msg.textContent);
      }
    });
    cell.append(h('label', { for: id, class: 'visually-hidden' }, `Bewijsstuk bij ${r.candidate_ref || `realisatie ${r.id}`}`), input, send, msg);
  }
  return cell;
}

// ---- the follow-up of a contract ----

function planSection(c, f) {
  const p = f.plan;
  const nodes = [
    h('p', null, 'Stand ten opzichte van de verplichting: ', statusBadge(f.progress.status),
      ` (verwacht ${fmt.euro(f.progress.expected)}, geverifieerd ${fmt.euro(f.progress.verified)}).`),
    p.milestones.length ? h('p', null, 'Ten opzichte van het plan: ', statusBadge(p.status === 'achter' ? 'achter' : 'op-schema', PLAN_LABEL[p.status]),
      p.next_due ? ` Volgende afspraak: ${fmt.euro(p.next_target)} uiterlijk ${fmt.date(p.next_due)}.` : '') : null,
  ];
  if (p.milestones.length) {
    nodes.push(table('Afspraken in het plan van aanpak', [
      { label: 'Uiterlijk', cell: (m) => fmt.date(m.due_date) },
      { label: 'Gerealiseerd in totaal', cell: (m) => fmt.euro(m.target), numeric: true, rowHeader: false },
      { label: 'Wat de opdrachtnemer doet', cell: (m) => m.description },
      { label: 'Vastgelegd', cell: (m) => `${fmt.date(m.agreed_on)} door ${m.recorded_by}` },
    ], p.milestones, { captionHidden: true, id: 'plan-milestones' }));
  } else nodes.push(h('p', { class: 'muted' }, 'Er is geen plan van aanpak vastgelegd.'));
  if (session.can('realisation.decide') && !f.settlement && !f.ended) {
    const form = new Form({
      id: 'plan-form', submitLabel: 'Plan vastleggen',
      onSubmit: async (fm) => {
        const { values, errors } = fm.read();
        if (errors.length) { fm.showErrors(errors); return; }
        try {
          await api.post(`/contracts/${c.id}/plans`, { due_date: values.due_date, target: values.target, description: values.description });
          setFlash('Het plan van aanpak is vastgelegd.');
          render();
        } catch (err) { fm.showApiError(err); }
      },
    });
    const cols = h('div', { class: 'form-columns' });
    form.body.append(cols);
    form.add('due_date', 'Uiterlijk op', { kind: 'date', required: true, width: 'm', container: cols, hint: 'Als dd-mm-jjjj; vandaag of later.' });
    form.add('target', 'Dan in totaal gerealiseerd', { kind: 'amount', required: true, unit: '€', unitPosition: 'before', width: 'm', container: cols });
    form.add('description', 'Wat de opdrachtnemer gaat doen', { kind: 'textarea', required: true, rows: 3, maxlength: 2000 });
    nodes.push(h('h3', null, 'Afspraak toevoegen'), form.el);
  }
  return h('section', { 'aria-labelledby': 'plan-title' }, h('h2', { id: 'plan-title' }, 'Plan van aanpak'), nodes);
}

function escalationSection(c, f) {
  const nodes = [];
  const taken = new Map(f.escalations.map((s) => [s.step, s]));
  nodes.push(table('Escalatieladder', [
    { label: 'Stap', cell: (l) => `${l.step}. ${l.name}` },
    { label: 'Gezet', cell: (l) => (taken.has(l.step) ? `${fmt.date(taken.get(l.step).date)} door ${taken.get(l.step).taken_by}` : '–'), rowHeader: false },
    { label: 'Antwoord van de opdrachtnemer', cell: (l) => (taken.has(l.step) ? taken.get(l.step).answer || '–' : '–') },
  ], f.ladder, { captionHidden: true, id: 'escalation-ladder' }));
  const n = f.next_step;
  if (n) nodes.push(h('p', null, n.due ? statusBadge('achter', 'Aan de beurt') : null, ` Volgende stap: ${n.name}, ${n.due ? 'sinds' : 'op'} ${fmt.date(n.due_date)}.`));
  else if (!f.settlement) nodes.push(h('p', { class: 'muted' }, f.progress.status === 'achter' ? 'Het plan van aanpak loopt op schema: de ladder wacht.' : 'Geen escalatie nodig.'));
  if (session.can('realisation.decide') && n && !f.settlement) {
    const form = new Form({
      id: 'escalation-form', submitLabel: `${n.name} vastleggen`,
      onSubmit: async (fm) => {
        const { values, errors } = fm.read();
        if (errors.length) { fm.showErrors(errors); return; }
        try {
          await api.post(`/contracts/${c.id}/escalations`, { step: n.step, date: values.date, answer: values.answer || '' });
          setFlash(`Stap ${n.step} (${n.name}) is vastgelegd.`);
          render();
        } catch (err) { fm.showApiError(err); }
      },
    });
    form.add('date', 'Datum', { id: 'escalation-date', kind: 'date', required: true, width: 'm', value: fmt.date(fmt.todayIso()), hint: 'Als dd-mm-jjjj.' });
    form.add('answer', 'Antwoord van de opdrachtnemer', { kind: 'textarea', rows: 2, maxlength: 1000 });
    nodes.push(h('h3', null, `Stap ${n.step}: ${n.name}`), form.el);
  }
  return h('section', { 'aria-labelledby': 'escalation-title' }, h('h2', { id: 'escalation-title' }, 'Escalatie'), nodes);
}

function settlementFigures(s) {
  return details([
    ['Uitkomst', statusBadge(OUTCOME_BADGE[s.outcome] || 'achter', s.outcome_label)],
    ['Te realiseren', fmt.euro(s.due)],
    ['Geverifieerd', fmt.euro(s.verified)],
    ['Niet gerealiseerd', fmt.euro(s.unrealised)],
    ['Boete of afkoop', `${fmt.euro(s.penalty)} (${s.penalty_rule})`],
    s.settled_on ? ['Afgerekend', `${fmt.date(s.settled_on)} door ${s.settled_by}`] : null,
    s.exemption ? ['Ontheffing achteraf', `verleend door ${s.exemption.by} op ${fmt.date(s.exemption.date)}: ${s.exemption.reason}`] : null,
    s.remarks ? ['Toelichting', s.remarks] : null,
  ]);
}

function settlementSection(c, f) {
  const nodes = [];
  if (f.settlement) nodes.push(settlementFigures(f.settlement));
  else if (!f.ended) nodes.push(h('p', null, `Afrekenen kan na de einddatum (${fmt.date(f.contract.end_date)}).`));
  else {
    nodes.push(h('p', null, 'De opdracht is afgelopen. Zo valt de afrekening uit als u vandaag afrekent:'), settlementFigures(f.settlement_preview));
    if (session.can('realisation.decide')) {
      const form = new Form({
        id: 'settle-form', submitLabel: 'Afrekenen',
        onSubmit: async (fm) => {
          const { values, errors } = fm.read();
          if (errors.length) { fm.showErrors(errors); return; }
          const body = { remarks: values.remarks || '' };
          if (values.exempt) Object.assign(body, { exemption_by: values.exemption_by || '', exemption_date: values.exemption_date, exemption_reason: values.exemption_reason || '' });
          try {
            const r = await api.post(`/contracts/${c.id}/settlement`, body);
            setFlash(`De opdracht is afgerekend: ${r.settlement.outcome_label}.`);
            render();
          } catch (err) { fm.showApiError(err); }
        },
      });
      form.add('remarks', 'Toelichting', { kind: 'textarea', rows: 2, maxlength: 1000 });
      const ex = form.add('exempt', 'Achteraf is ontheffing verleend', { kind: 'checkbox' });
      const exFields = [
        form.add('exemption_by', 'Verleend door', { required: true, maxlength: 120 }),
        form.add('exemption_date', 'Datum van de ontheffing', { kind: 'date', required: true, width: 'm' }),
        form.add('exemption_reason', 'Reden', { kind: 'textarea', required: true, rows: 2, maxlength: 500 }),
      ];
      const toggle = () => { for (const x of exFields) x.wrapper.hidden = !ex.input.checked; };
      ex.input.addEventListener('change', toggle);
      toggle();
      nodes.push(form.el);
    }
  }
  return h('section', { 'aria-labelledby': 'settlement-title' }, h('h2', { id: 'settlement-title' }, 'Afrekening'), nodes);
}

// The plan, escalation and settlement sections of a contract page (none for a contract without an obligation).
export async function followupSections(c) {
  let f;
  try { f = await api.get(`/contracts/${c.id}/followup`); } catch { return []; }
  if (f.progress.status === 'niet-van-toepassing') return [];
  const out = [];
  if (!f.settlement && (f.plan.milestones.length || f.progress.status === 'achter' || f.escalations.length)) {
    out.push(planSection(c, f), escalationSection(c, f));
  }
  out.push(settlementSection(c, f));
  return out;
}

// ---- werkvoorraad ----

export async function dueSections() {
  if (!session.can('realisation.decide')) return [];
  let d;
  try { d = await api.get('/followup/due'); } catch { return []; }
  const link = (r) => h('a', { href: `#/contracten/${r.contract.id}` }, r.contract.reference);
  return [
    h('h2', { id: 'escalatie' }, 'Escalatiestap aan de beurt'),
    h('p', null, 'Contracten die achterlopen (zonder plan van aanpak dat op schema is) en waarvan de volgende stap van de escalatieladder vandaag of eerder moest.'),
    table('Contracten met een escalatiestap die aan de beurt is', [
      { label: 'Kenmerk', cell: link, nowrap: true },
      { label: 'Opdrachtnemer', cell: (r) => r.contract.contractor.name, rowHeader: false },
      { label: 'Volgende stap', cell: (r) => r.next_step.name },
      { label: 'Sinds', cell: (r) => fmt.date(r.next_step.due_date) },
      { label: 'Verwacht / geverifieerd', cell: (r) => `${fmt.euro(r.expected)} / ${fmt.euro(r.verified)}`, numeric: true },
    ], d.escalation_due, { empty: 'Geen escalatiestappen aan de beurt.', captionHidden: true, id: 'escalation-due' }),
    h('h2', { id: 'afrekenen' }, 'Af te rekenen'),
    h('p', null, 'Afgelopen contracten met een verplichting die nog niet zijn afgerekend.'),
    table('Afgelopen contracten zonder afrekening', [
      { label: 'Kenmerk', cell: link, nowrap: true },
      { label: 'Opdrachtnemer', cell: (r) => r.contract.contractor.name, rowHeader: false },
      { label: 'Einddatum', cell: (r) => fmt.date(r.contract.end_date) },
      { label: 'Geverifieerd', cell: (r) => fmt.euro(r.verified), numeric: true },
    ], d.to_settle, { empty: 'Geen contracten om af te rekenen.', captionHidden: true, id: 'to-settle' }),
  ];
}

// ---- past performance ----

// A panel with the contractor's settled contracts; refilled by show(kvk) (empty kvk hides it).
export function pastPerformancePanel() {
  const body = h('div');
  const panel = h('section', { class: 'panel panel-soft past-performance', 'aria-labelledby': 'past-title', 'aria-live': 'polite', hidden: true },
    h('h2', { id: 'past-title' }, 'Eerdere prestaties van deze opdrachtnemer'), body);
  let seq = 0;
  const show = async (kvk) => {
    const mine = ++seq;
    if (!kvk || !/^\d{8}$/.test(kvk) || !(session.can('contract.create'))) { panel.hidden = true; return; }
    let d;
    try { d = await api.get(`/organisations/${kvk}/past-performance`); } catch { d = null; }
    if (mine !== seq) return;
    clear(body);
    panel.hidden = false;
    if (!d || !d.settled) { body.append(h('p', null, 'Nog geen afgerekende opdrachten van deze opdrachtnemer.')); return; }
    const c = d.counts;
    body.append(
      h('p', null, `${d.settled} afgerekende ${d.settled === 1 ? 'opdracht' : 'opdrachten'}: voldaan ${c.voldaan}, deels voldaan ${c['deels-voldaan']}, niet voldaan ${c['niet-voldaan']}, ontheffing achteraf ${c.ontheffing}. Niet gerealiseerd in totaal ${fmt.euro(d.unrealised)}.`),
      table('Afgerekende opdrachten', [
        { label: 'Jaar', cell: (r) => (r.end_date || '').slice(0, 4) },
        { label: 'Kenmerk', cell: (r) => r.reference, rowHeader: false },
        { label: 'Omschrijving', cell: (r) => r.title },
        { label: 'Uitkomst', cell: (r) => statusBadge(OUTCOME_BADGE[r.outcome] || 'achter', r.outcome_label) },
        { label: 'Niet gerealiseerd', cell: (r) => fmt.euro(r.unrealised), numeric: true },
      ], d.items, { captionHidden: true, id: 'past-performance' }));
    markScrollables(panel);   // filled after the page was drawn: measured now (the panel is in the page)
  };
  return { el: panel, show };
}
