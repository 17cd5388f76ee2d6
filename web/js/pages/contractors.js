// Contractor (opdrachtnemer) list and page: the organisation and its contracts with progress, and
// its PSO certificates (read by the SEBO-registry readers; recorded and withdrawn by the SR-team and
// beheer: GET/POST /organisations/{kvk}/pso-certificates, POST .../pso-certificates/withdraw).
import { h } from '../dom.js';
import * as fmt from '../format.js';
import * as model from '../model.js';
import * as ref from '../refdata.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as session from '../session.js';
import { page, pageHeader, table, details, pagination, progressBar, setFlash, takeFlash } from '../components.js';
import { href, render } from '../router.js';
import { pastPerformancePanel } from '../settlement.js';
import { contractColumns, contractsOf, allContracts } from './contracts.js';
import { PSO_LEVELS, psoLevel } from './settings.js';

async function organisation(id) {
  const list = await ref.organisations();
  const org = list.find((o) => String(o.id) === String(id));
  if (!org) throw Object.assign(new Error('Deze opdrachtnemer bestaat niet of u hebt er geen toegang toe.'), { status: 404 });
  return org;
}

function municipalityName(munis, code) {
  const m = munis.find((x) => x.code === code);
  return m ? m.name : code || '';
}

// Totals per contractor over the contracts the user may see.
function totals(contracts) {
  const by = new Map();
  for (const c of contracts) {
    const id = c.contractor && c.contractor.id;
    if (!by.has(id)) by.set(id, { count: 0, due: 0, verified: 0 });
    const t = by.get(id);
    t.count += 1;
    if (c.obligation.applies && c.progress) {
      t.due += fmt.toCents(c.progress.due) || 0;
      t.verified += fmt.toCents(c.progress.verified) || 0;
    }
  }
  return by;
}

export default async function contractors({ query }) {
  const pageNo = Number(query.get('page') || 1);
  const [all, munis, contracts] = await Promise.all([
    ref.organisations(), ref.municipalities(),
    allContracts(),
  ]);
  const sums = totals(contracts);
  const perPage = 50;
  const items = all.slice((pageNo - 1) * perPage, pageNo * perPage);
  return page('Opdrachtnemers',
    pageHeader('Opdrachtnemers', { lead: 'Organisaties met een gegunde opdracht, met hun social-return-verplichting en wat daarvan is geverifieerd.' }),
    table('Opdrachtnemers', [
      { label: 'Naam', cell: (o) => h('a', { href: `#/opdrachtnemers/${o.id}` }, o.name) },
      { label: 'KvK-nummer', cell: (o) => o.kvk || '', rowHeader: false },
      { label: 'Vestiging', cell: (o) => municipalityName(munis, o.municipality) },
      { label: 'Contracten', cell: (o) => String((sums.get(o.id) || {}).count || 0), numeric: true },
      { label: 'Te realiseren', cell: (o) => fmt.euro(((sums.get(o.id) || {}).due || 0) / 100), numeric: true },
      { label: 'Geverifieerd', cell: (o) => fmt.euro(((sums.get(o.id) || {}).verified || 0) / 100), numeric: true },
      { label: 'Voortgang', cell: (o) => {
        const t = sums.get(o.id);
        return t && t.due > 0 ? progressBar({ due: t.due / 100, verified: t.verified / 100, reported: t.verified / 100 }, { compact: true, label: `Voortgang ${o.name}` }) : '–';
      } },
    ], items, { empty: 'Geen opdrachtnemers.', captionHidden: true, id: 'contractor-table' }),
    pagination(pageNo, perPage, all.length, (p) => href('/opdrachtnemers', { page: p })));
}

function certificateForm(org) {
  const form = new Form({
    id: 'pso-certificate-form', submitLabel: 'Certificaat vastleggen', className: 'pso-certificate-form',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        const r = await api.post(`/organisations/${encodeURIComponent(org.kvk)}/pso-certificates`,
          { level: values.level, valid_from: values.valid_from, valid_until: values.valid_until });
        const added = (r.items || []).find((c) => c.level === values.level && c.valid_from === values.valid_from);
        setFlash(`Het PSO-certificaat (${added ? added.level_label : psoLevel(values.level)}) is vastgelegd, geldig van ${fmt.date(values.valid_from)} tot en met ${fmt.date(values.valid_until)}.`);
        render();
      } catch (err) { f.showApiError(err); }
    },
  });
  form.add('level', 'Trede', {
    kind: 'select', required: true, id: 'pso-level', placeholder: 'Kies een trede',
    options: PSO_LEVELS.map((c) => ({ value: c, label: psoLevel(c) })),
  });
  const cols = h('div', { class: 'form-columns' });
  form.body.append(cols);
  form.add('valid_from', 'Geldig vanaf', { kind: 'date', required: true, container: cols, id: 'pso-valid-from', width: 'm', hint: 'Als dd-mm-jjjj.' });
  form.add('valid_until', 'Geldig tot en met', { kind: 'date', required: true, container: cols, id: 'pso-valid-until', width: 'm', hint: 'Als dd-mm-jjjj.' });
  return form.el;
}

function withdrawForm(org) {
  const form = new Form({
    id: 'pso-withdraw-form', submitLabel: 'Certificaat intrekken',
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (errors.length) { f.showErrors(errors); return; }
      try {
        const r = await api.post(`/organisations/${encodeURIComponent(org.kvk)}/pso-certificates/withdraw`, { date: values.date });
        const n = Number(r && r.notices) || 0;
        setFlash(`Het PSO-certificaat is ingetrokken per ${fmt.date(values.date)}.${n ? ` Het SR-team heeft ${n === 1 ? 'een bericht' : `${n} berichten`} gekregen over de contracten die dit raakt.` : ''}`);
        render();
      } catch (err) { f.showApiError(err); }
    },
  });
  form.submitButton.classList.add('button-danger');
  form.add('date', 'Ingetrokken per', {
    kind: 'date', required: true, id: 'pso-withdraw-date', width: 'm', api: ['date', 'kvk'],
    hint: 'De eerste dag zonder certificaat, als dd-mm-jjjj.',
  });
  return form.el;
}

// The company's PSO certificates; the forms only for who may manage the SEBO registry.
async function psoSection(org) {
  if (!session.can('sebo.registry.read') || !org.kvk) return null;
  const data = await api.get(`/organisations/${encodeURIComponent(org.kvk)}/pso-certificates`);
  const items = data.items || [];
  const manage = session.can('sebo.registry.manage');
  const current = items.some((c) => !c.withdrawn_on);
  return h('section', { 'aria-labelledby': 'pso-title', class: 'pso-certificates' },
    h('h2', { id: 'pso-title' }, 'PSO-certificaten'),
    h('p', null, 'Een PSO-certificaat (Prestatieladder Socialer Ondernemen) verlaagt de social-return-verplichting van een contract alleen als het beleid van de gemeente PSO accepteert, en alleen als het certificaat de hele looptijd van het contract geldig is. Wordt het certificaat ingetrokken, dan geldt vanaf die dag weer de volle verplichting en krijgt het SR-team daarover een bericht.'),
    table(`PSO-certificaten van ${org.name}`, [
      { label: 'Trede', cell: (c) => c.level_label || psoLevel(c.level), nowrap: true },
      { label: 'Geldig vanaf', cell: (c) => fmt.date(c.valid_from) },
      { label: 'Geldig tot en met', cell: (c) => fmt.date(c.valid_until) },
      { label: 'Ingetrokken per', cell: (c) => (c.withdrawn_on ? fmt.date(c.withdrawn_on) : '–') },
    ], items, { empty: 'Er is geen PSO-certificaat vastgelegd.', captionHidden: true, id: 'pso-certificates' }),
    manage ? [
      h('h3', null, 'Certificaat vastleggen'),
      certificateForm(org),
      current ? [h('h3', null, 'Certificaat intrekken'), withdrawForm(org)] : null,
    ] : null);
}

export async function detail({ params }) {
  const [org, munis] = await Promise.all([organisation(params.id), ref.municipalities()]);
  const past = pastPerformancePanel();
  const [pso] = await Promise.all([psoSection(org), past.show(org.kvk)]);
  const rows = await contractsOf(org);
  const t = totals(rows).get(org.id) || { count: 0, due: 0, verified: 0 };
  const behind = rows.filter((c) => ['achter', 'niet-voldaan'].includes(model.progressStatus(c))).length;
  return page(org.name,
    pageHeader(org.name, { back: { href: '#/opdrachtnemers', label: 'Opdrachtnemers' } }),
    takeFlash(),
    details([
      ['KvK-nummer', org.kvk],
      ['Vestigingsgemeente', municipalityName(munis, org.municipality)],
      ['Postcode', org.postcode],
      ['Aantal contracten', String(rows.length)],
      ['Te realiseren', fmt.euro(t.due / 100)],
      ['Geverifieerd', fmt.euro(t.verified / 100)],
      ['Achter of niet voldaan', String(behind)],
    ]),
    past.el,
    h('h2', null, 'Contracten'),
    table(`Contracten van ${org.name}`, contractColumns({ withContractor: false }), rows, { empty: 'Geen contracten.', captionHidden: true, id: 'contractor-contracts' }),
    pso);
}
