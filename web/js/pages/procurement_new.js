// Log an onderhandse procurement (inkoop): who was invited, the quotes, the winner. The SEBO rule
// is checked live by the server (POST /procurements/check) with the registry as it stood on the
// date, and the flag is shown before saving when the preference order is not followed.
import { h, clear, debounce, newId } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as ref from '../refdata.js';
import * as session from '../session.js';
import { go } from '../router.js';
import { page, pageHeader, setFlash } from '../components.js';
import { resultPanel } from '../calc.js';
import { ruleNodes } from '../sebo.js';
import { pastPerformancePanel } from '../settlement.js';
import * as L from '../labels.js';

const CLASS_ORDER = { 'lokaal-sebo': 0, lokaal: 1, overig: 2 };

function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
}

export default async function procurementNew() {
  const allMunis = await ref.municipalities();
  const mine = session.user().municipalities || [];
  const munis = allMunis.filter((m) => mine.includes(m.code));
  const panel = resultPanel('SEBO-toets', 'Kies categorie, waarde, datum en de uitgenodigde ondernemers; de SEBO-toets verschijnt hier.');
  let companies = [];
  const checked = new Map();   // kvk -> { company, quoteInput }
  let seq = 0;

  const form = new Form({
    id: 'procurement-form',
    className: 'form-wide',
    submitLabel: 'Inkoop vastleggen',
    secondary: h('a', { href: '#/inkoop' }, 'Annuleren'),
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      const b = body(values, errors);
      if (errors.length) { f.showErrors(errors); return; }
      try {
        const created = await api.post('/procurements', b);
        setFlash(created.flagged ? `Inkoop "${created.subject}" is vastgelegd en gemarkeerd.` : `Inkoop "${created.subject}" is vastgelegd.`);
        go(`/inkoop/${created.id}`);
      } catch (err) { f.showApiError(err); }
    },
  });

  const what = h('fieldset', null, h('legend', null, 'Inkoop'));
  const invitedLegendId = newId('invited');
  // Finding companies (issue 16): by name or KvK, SEBO mark and locality (GET /procurements/companies?q=&sebo=&local=).
  const searchQ = h('input', { id: 'company-q', type: 'search', autocomplete: 'off', spellcheck: 'false', maxlength: 100 });
  const searchSebo = h('select', { id: 'company-sebo' }, h('option', { value: '' }, 'Alle'), h('option', { value: 'true' }, 'Met SEBO-keurmerk'), h('option', { value: 'false' }, 'Zonder SEBO-keurmerk'));
  const searchLocal = h('select', { id: 'company-local' }, h('option', { value: '' }, 'Alle'), h('option', { value: 'true' }, 'Lokaal'), h('option', { value: 'false' }, 'Niet lokaal'));
  const searchBox = h('div', { class: 'company-search', role: 'search', 'aria-label': 'Ondernemers zoeken' },
    h('div', { class: 'field' }, h('label', { for: 'company-q', class: 'field-label' }, 'Zoek op naam of KvK-nummer'), searchQ),
    h('div', { class: 'field' }, h('label', { for: 'company-sebo', class: 'field-label' }, 'SEBO-keurmerk'), searchSebo),
    h('div', { class: 'field' }, h('label', { for: 'company-local', class: 'field-label' }, 'Vestiging'), searchLocal));
  const invitedCount = h('p', { id: 'company-count', class: 'field-hint', 'aria-live': 'polite' });
  const invitedBox = h('div', { class: 'checkbox-list', id: 'invited-companies' });
  const invited = h('fieldset', { 'aria-describedby': `${invitedLegendId}-hint` },
    h('legend', { id: invitedLegendId }, 'Uitgenodigde ondernemers'),
    h('p', { class: 'field-hint', id: `${invitedLegendId}-hint` },
      'Per ondernemer staat erbij wat die op de datum was: lokale SEBO-keurmerkhouder, lokale ondernemer of niet-lokaal.'),
    searchBox, invitedCount, invitedBox);
  // A company that is not yet known: register it here (KvK, name, where established) and invite it.
  const newKvk = h('input', { id: 'new-kvk', type: 'text', inputmode: 'numeric', maxlength: 8, class: 'width-m', autocomplete: 'off' });
  const newName = h('input', { id: 'new-name', type: 'text', maxlength: 160, autocomplete: 'off' });
  const newWhere = h('select', { id: 'new-established' },
    h('option', { value: '' }, 'Elders (niet lokaal)'), allMunis.map((m) => h('option', { value: m.code }, m.name)));
  const newMsg = h('p', { class: 'field-error', id: 'new-company-error', role: 'alert', hidden: true });
  const addCompany = async () => {
    newMsg.hidden = true;
    const kvk = newKvk.value.trim(), name = newName.value.trim();
    if (!/^\d{8}$/.test(kvk)) { newMsg.textContent = 'Vul een KvK-nummer van 8 cijfers in.'; newMsg.hidden = false; return; }
    if (!name) { newMsg.textContent = 'Vul de naam van de onderneming in.'; newMsg.hidden = false; return; }
    try {
      await api.post('/procurements/companies', { kvk, name, established: newWhere.value || undefined });
      await loadCompanies();
      const c = companies.find((x) => x.kvk === kvk);
      if (c) checked.set(kvk, { company: c, quoteInput: h('input', { id: `quote-${kvk}`, type: 'text', inputmode: 'decimal', class: 'width-m', autocomplete: 'off' }) });
      renderCompanies(form.read().values.category);
      newKvk.value = ''; newName.value = '';
      live();
    } catch (err) { newMsg.textContent = err.detail || err.message; newMsg.hidden = false; }
  };
  invited.append(h('details', { class: 'new-company' },
    h('summary', null, 'Staat de onderneming er niet bij? Voeg haar toe'),
    h('div', { class: 'field' }, h('label', { for: 'new-kvk', class: 'field-label' }, 'KvK-nummer nieuwe onderneming'), newKvk),
    h('div', { class: 'field' }, h('label', { for: 'new-name', class: 'field-label' }, 'Naam nieuwe onderneming'), newName),
    h('div', { class: 'field' }, h('label', { for: 'new-established', class: 'field-label' }, 'Gevestigd in'), newWhere),
    newMsg,
    h('button', { type: 'button', class: 'button button-secondary', onclick: addCompany }, 'Onderneming toevoegen en uitnodigen')));
  const quotesBox = h('div', { id: 'quotes' });
  const award = h('fieldset', null, h('legend', null, 'Offertes en gunning'), quotesBox);
  form.body.append(what, invited, award);

  if (munis.length > 1) form.add('municipality', 'Gemeente', { kind: 'select', options: ref.municipalityOptions(munis), required: true, container: what, value: munis[0].code });
  form.add('department', 'Afdeling', { required: true, container: what, width: 'l', maxlength: 119 });
  form.add('subject', 'Onderwerp', { required: true, container: what, maxlength: 299 });
  form.add('reference', 'Kenmerk', { container: what, width: 'l', maxlength: 63, hint: 'Het zaak- of inkoopnummer.' });
  form.add('category', 'Categorie', { kind: 'select', options: L.options('category'), placeholder: 'Kies een categorie', required: true, container: what });
  form.add('procedure', 'Procedure', { kind: 'select', options: L.options('procedure', ['meervoudig-onderhands', 'enkelvoudig-onderhands']), required: true, container: what, value: 'meervoudig-onderhands' });
  form.add('value', 'Geraamde waarde', { kind: 'amount', required: true, unit: '€', unitPosition: 'before', container: what, width: 'm', hint: 'Exclusief btw.', api: ['value', 'estimated_value'] });
  form.add('date', 'Datum uitnodiging', { kind: 'date', required: true, container: what, width: 'm', value: today(), hint: 'Als dd-mm-jjjj.' });
  const winner = form.add('winner', 'Winnaar', { kind: 'select', options: [], placeholder: 'Nog niet gegund', container: award });
  // The winner's past performance (issue 17) when one is chosen.
  const past = pastPerformancePanel();
  winner.input.addEventListener('change', () => past.show(winner.input.value));
  award.append(past.el);
  form.add('deviation_reason', 'Reden van afwijking', { kind: 'textarea', rows: 3, maxlength: 499, container: award, hint: 'Verplicht als de voorkeursvolgorde niet is gevolgd: waarom is geen lokale SEBO-keurmerkhouder (of lokale ondernemer) uitgenodigd?' });

  function body(values, errors) {
    const list = [...checked.keys()];
    const proc = values.procedure;
    if (proc === 'meervoudig-onderhands' && list.length < 2) errors.push({ message: 'Nodig bij meervoudig onderhands ten minste twee ondernemers uit.' });
    if (proc === 'enkelvoudig-onderhands' && list.length !== 1) errors.push({ message: 'Vraag bij enkelvoudig onderhands precies één ondernemer.' });
    const quotes = [];
    for (const [kvk, c] of checked) {
      const raw = c.quoteInput.value.trim();
      if (!raw) continue;
      const n = fmt.parseDecimal(raw, 2);
      if (n === null || n < 0) errors.push({ message: `Vul bij de offerte van ${c.company.name} een bedrag in, bijvoorbeeld 41.500,00.` });
      else quotes.push({ kvk, amount: n });
    }
    return {
      municipality: values.municipality || (munis[0] && munis[0].code) || undefined,
      department: values.department, subject: values.subject, reference: values.reference || null,
      category: values.category, procedure: proc, estimated_value: values.value, date: values.date,
      invited: list, quotes, winner: values.winner || null, deviation_reason: values.deviation_reason || null,
    };
  }

  function renderQuotes() {
    clear(quotesBox);
    const current = winner.input.value;
    form.setOptions(winner.input, [...checked.values()].map((c) => ({ value: c.company.kvk, label: c.company.name })), 'Nog niet gegund');
    if (checked.has(current)) winner.input.value = current;
    for (const c of checked.values()) {
      const id = `quote-${c.company.kvk}`;
      quotesBox.append(h('div', { class: 'field' },
        h('label', { for: id, class: 'field-label' }, `Offerte van ${c.company.name}`, h('span', { class: 'optional' }, ' (optioneel)')),
        h('div', { class: 'field-control has-unit unit-before' }, h('span', { class: 'field-unit', 'aria-hidden': 'true' }, '€'), c.quoteInput)));
    }
  }

  function renderCompanies(category) {
    clear(invitedBox);
    // the invited stay in view (first) whatever the search; then the companies found
    const found = companies.filter((c) => !checked.has(c.kvk));
    const sorted = [...[...checked.values()].map((x) => x.company), ...found.sort((a, b) => (CLASS_ORDER[a.class] - CLASS_ORDER[b.class]) || a.name.localeCompare(b.name, 'nl'))];
    invitedCount.textContent = `${found.length} ${found.length === 1 ? 'ondernemer gevonden' : 'ondernemers gevonden'}${checked.size ? `, ${checked.size} uitgenodigd` : ''}.`;
    for (const c of sorted) {
      const id = `invite-${c.kvk}`;
      const box = h('input', { type: 'checkbox', id, value: c.kvk, checked: checked.has(c.kvk) });
      box.addEventListener('change', () => {
        if (box.checked) checked.set(c.kvk, { company: c, quoteInput: h('input', { id: `quote-${c.kvk}`, type: 'text', inputmode: 'decimal', class: 'width-m', autocomplete: 'off' }) });
        else checked.delete(c.kvk);
        renderQuotes();
        live();
      });
      const note = c.holder && !c.does_category && category ? ` (geen ${L.label('category', category).toLowerCase()})` : '';
      invitedBox.append(h('div', { class: 'field field-checkbox' }, box,
        h('label', { for: id, class: 'field-label' }, `${c.name} (KvK ${c.kvk}) – ${c.class === 'overig' && c.holder ? 'Niet-lokale SEBO-keurmerkhouder' : L.label('sebo_class', c.class)}${note}`)));
    }
    renderQuotes();
  }

  async function loadCompanies() {
    const { values } = form.read();
    const data = await api.get('/procurements/companies', {
      municipality: values.municipality || (munis[0] && munis[0].code), category: values.category || 'werken', date: values.date || null,
      q: searchQ.value.trim() || null, sebo: searchSebo.value || null, local: searchLocal.value || null,
    });
    companies = data.items || [];
    for (const [kvk, c] of checked) { const now = companies.find((x) => x.kvk === kvk); if (now) c.company = now; }
    renderCompanies(values.category);
  }

  async function preview() {
    const { values } = form.read();
    const errors = [];
    const b = body(values, errors);
    if (!b.category || b.estimated_value === null || b.estimated_value === undefined || !b.date || errors.length || !b.invited.length) { panel.idle(); return; }
    const mine = ++seq;
    try {
      const r = await api.post('/procurements/check', b);
      if (mine === seq) panel.show(ruleNodes(r));
    } catch (err) {
      if (mine === seq) panel.error(err.detail || err.message);
    }
  }

  const live = debounce(preview, 250);
  const reload = debounce(async () => { try { await loadCompanies(); } catch { /* shown on save */ } live(); }, 250);
  form.field('category').input.addEventListener('change', reload);
  form.field('date').input.addEventListener('change', reload);
  if (form.field('municipality')) form.field('municipality').input.addEventListener('change', reload);
  const search = debounce(async () => { try { await loadCompanies(); } catch { /* shown on save */ } }, 250);
  searchQ.addEventListener('input', search);
  searchSebo.addEventListener('change', search);
  searchLocal.addEventListener('change', search);
  searchQ.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') ev.preventDefault(); });
  form.el.addEventListener('input', (ev) => { if (ev.target.type !== 'checkbox' && !searchBox.contains(ev.target)) live(); });
  form.el.addEventListener('change', (ev) => { if (ev.target.type !== 'checkbox') live(); });
  await loadCompanies();

  return page('Inkoop vastleggen',
    pageHeader('Inkoop vastleggen', { lead: 'Leg een enkelvoudig of meervoudig onderhandse inkoop vast: wie is uitgenodigd, wie heeft een offerte gedaan en wie heeft gewonnen. De SEBO-voorkeur wordt direct getoetst.' }),
    h('div', { class: 'calc-grid' }, form.el, panel.el));
}
