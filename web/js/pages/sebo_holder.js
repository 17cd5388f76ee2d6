// One SEBO holder: certificates with the independent audit, evidence per criterion and the full
// status history. The programme manager (SR-team, beheer) records applications, evidence and
// lifecycle steps here; the server enforces the lifecycle and answers in Dutch when a step is not allowed.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import * as session from '../session.js';
import { Form } from '../forms.js';
import { go } from '../router.js';
import { page, pageHeader, details, table, setFlash, takeFlash } from '../components.js';
import * as L from '../labels.js';
import * as ref from '../refdata.js';

const STEPS = [
  { value: 'in-audit', label: 'In audit (onafhankelijke audit gestart)' },
  { value: 'gecertificeerd', label: 'Gecertificeerd' },
  { value: 'afgewezen', label: 'Afgewezen (audit negatief)' },
  { value: 'ingetrokken', label: 'Ingetrokken' },
  { value: 'verlopen', label: 'Verlopen' },
];
const SHOWN = {
  audit_body: ['in-audit'], audit_cost: ['in-audit'], certified_from: ['gecertificeerd'], valid_until: ['gecertificeerd'],
  reason: ['ingetrokken', 'afgewezen'],
};

function certificate(c) {
  return h('section', { class: 'panel', 'aria-labelledby': `cert-${c.id}` },
    h('h3', { id: `cert-${c.id}` }, `${L.label('sebo_certificate_kind', c.kind)}: ${L.label('sebo_holder_status', c.status)}`),
    details([
      ['Aangevraagd', fmt.date(c.applied_on)],
      ['Certificeringsbureau', c.audit.body], ['Auditdatum', fmt.date(c.audit.date)],
      ['Uitkomst audit', c.audit.outcome], ['Kosten audit', fmt.euro(c.audit.cost)],
      ['Geldig', c.certified_from ? `${fmt.date(c.certified_from)} t/m ${fmt.date(c.valid_until)}` : ''],
      c.withdrawn_on ? ['Ingetrokken', `${fmt.date(c.withdrawn_on)}: ${c.withdrawal_reason}`] : null,
    ]),
    table('Bewijs per criterium', [
      { label: 'Criterium', cell: (x) => L.label('sebo_criterion', x.criterion) },
      { label: 'Bewijs', cell: (x) => (x.not_applicable ? 'niet van toepassing (zzp)' : x.evidence) },
      { label: 'Vastgelegd', cell: (x) => fmt.date(x.recorded_on) },
    ], c.evidence, { empty: 'Nog geen bewijs vastgelegd.' }),
    table('Statusgeschiedenis', [
      { label: 'Datum', cell: (x) => fmt.date(x.on) },
      { label: 'Status', cell: (x) => L.label('sebo_holder_status', x.status) },
      { label: 'Toelichting', cell: (x) => x.note || '' },
      { label: 'Door', cell: (x) => L.actor(x.actor) },
    ], c.history));
}

function stepForm(kvk) {
  const form = new Form({
    id: 'status-form', submitLabel: 'Status vastleggen',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await api.post(`/sebo/holders/${kvk}/status`, {
          status: values.status, date: values.date, audit_body: values.audit_body || undefined,
          audit_cost: values.audit_cost ?? undefined, certified_from: values.certified_from || undefined,
          valid_until: values.valid_until || undefined, reason: values.reason || undefined,
        });
        setFlash(`Status is nu: ${L.label('sebo_holder_status', values.status)}.`);
        go(`/sebo/${kvk}`);
      } catch (err) { f.showApiError(err); }
    },
  });
  const status = form.add('status', 'Nieuwe status', { kind: 'select', options: STEPS, required: true });
  form.add('date', 'Datum', { kind: 'date', required: true, width: 'm', value: fmt.date(new Date().toISOString().slice(0, 10)) });
  form.add('audit_body', 'Certificeringsbureau', { width: 'l' });
  form.add('audit_cost', 'Kosten audit', { kind: 'amount', unit: '€', unitPosition: 'before', width: 'm', value: '500,00' });
  form.add('certified_from', 'Geldig vanaf', { kind: 'date', width: 'm', hint: 'Leeg: de datum hierboven.' });
  form.add('valid_until', 'Geldig tot en met', { kind: 'date', width: 'm', hint: 'Leeg: drie jaar na de begindatum.' });
  form.add('reason', 'Reden', { kind: 'textarea', rows: 2, maxlength: 499 });
  const sync = () => {
    for (const [name, states] of Object.entries(SHOWN)) form.field(name).wrapper.hidden = !states.includes(status.input.value);
  };
  status.input.addEventListener('change', sync);
  sync();
  return form.el;
}

function evidenceForm(kvk) {
  const form = new Form({
    id: 'evidence-form', submitLabel: 'Bewijs vastleggen',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        await api.post(`/sebo/holders/${kvk}/evidence`, { criterion: values.criterion, evidence: values.evidence || undefined, not_applicable: values.not_applicable });
        setFlash(`Bewijs voor "${L.label('sebo_criterion', values.criterion)}" is vastgelegd.`);
        go(`/sebo/${kvk}`);
      } catch (err) { f.showApiError(err); }
    },
  });
  form.add('criterion', 'Criterium', { kind: 'select', options: L.options('sebo_criterion'), required: true });
  form.add('evidence', 'Bewijs', { kind: 'textarea', rows: 3, maxlength: 999 });
  form.add('not_applicable', 'Niet van toepassing (alleen zzp zonder personeel, voor werkgelegenheid en begeleiding)', { kind: 'checkbox' });
  return form.el;
}

export default async function seboHolder({ params }) {
  const kvk = params.kvk;
  const [x, munis] = await Promise.all([api.get(`/sebo/holders/${encodeURIComponent(kvk)}`), ref.municipalities()]);
  const place = (code) => (munis.find((m) => m.code === code) || { name: code }).name;
  const manage = session.can('sebo.registry.manage');
  const open = x.application === 'aangevraagd' || x.application === 'in-audit';
  const apply = h('button', { type: 'button', class: 'button button-secondary', id: 'apply-button', onclick: async () => {
    try {
      await api.post(`/sebo/holders/${kvk}/applications`, {});
      setFlash(x.certifications ? 'Hercertificering aangevraagd.' : 'Aanvraag geregistreerd.');
      go(`/sebo/${kvk}`);
    } catch (err) { window.alert(err.detail || err.message); }
  } }, x.certifications ? 'Hercertificering aanvragen' : 'Aanvraag registreren');
  return page(x.name,
    pageHeader(x.name, { back: { href: '#/sebo', label: 'SEBO-register' }, actions: manage && !open ? apply : null }),
    takeFlash(),
    details([
      ['KvK-nummer', x.kvk], ['Status', L.label('sebo_holder_status', x.status)],
      ['Lopende aanvraag', x.application ? L.label('sebo_holder_status', x.application) : ''],
      ['Gevestigd', x.established ? `${place(x.established)}${x.local ? ' (lokaal)' : ''}` : 'onbekend'],
      ['Soort', x.self_employed ? 'zelfstandige (zzp)' : 'onderneming'],
      ['Soorten werk', (x.kinds || []).map((k) => L.label('category', k)).join(', ')],
      ['Profiel', x.profile], ['Website', x.website ? h('a', { href: x.website, rel: 'noopener noreferrer' }, x.website) : ''],
      // The criterion "sociale past performance" reads the settled contracts (issue 17).
      x.past_performance ? ['Past performance (afgerekende opdrachten)', x.past_performance.settled
        ? `${x.past_performance.settled}: voldaan ${x.past_performance.met}, met tekort ${x.past_performance.short}; niet gerealiseerd ${fmt.euro(x.past_performance.unrealised)}`
        : 'nog geen afgerekende opdrachten'] : null,
    ]),
    h('h2', null, 'Certificaten'),
    (x.certificates || []).slice().reverse().map(certificate),
    manage && x.certificates && x.certificates.length ? [
      h('h2', null, 'Status wijzigen'), stepForm(kvk),
      open ? [h('h2', null, 'Bewijs vastleggen'), evidenceForm(kvk)] : null,
    ] : null);
}
