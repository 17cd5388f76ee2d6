// TenderNed / OCDS import (issue 16) for inkoop and beheer: upload a release or record package; each
// award of the user's municipalities lands in the procurement log and, when the policy gives it social
// return, as a draft contract with a provisional obligation. POST /api/v1/procurements/ocds.
import { h, clear } from '../dom.js';
import { upload } from '../api.js';
import { page, pageHeader, table } from '../components.js';
import { notice } from '../forms.js';

export default async function ocdsImport() {
  const result = h('div', { id: 'ocds-result', 'aria-live': 'polite' });
  const input = h('input', { id: 'f-ocds-file', name: 'file', type: 'file', accept: '.json,application/json', 'aria-describedby': 'f-ocds-file-hint' });
  const dry = h('input', { id: 'f-ocds-dry', name: 'dry_run', type: 'checkbox' });
  const button = h('button', { type: 'submit', class: 'button' }, 'Importeren');
  const form = h('form', { id: 'ocds-form', class: 'form', novalidate: true },
    h('div', { class: 'form-body' },
      h('div', { class: 'field' },
        h('label', { for: 'f-ocds-file' }, 'OCDS-bestand (JSON)'),
        h('p', { class: 'field-hint', id: 'f-ocds-file-hint' }, 'Een releasepakket of recordpakket van TenderNed (OCDS 1.1). Alleen gunningen van uw gemeente(n) worden ingelezen; hetzelfde bestand opnieuw verandert niets.'),
        input),
      h('div', { class: 'field field-checkbox' }, dry, h('label', { for: 'f-ocds-dry' }, 'Alleen controleren, niets opslaan'))),
    h('div', { class: 'form-actions' }, button));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(result);
    const file = input.files && input.files[0];
    if (!file) {
      result.append(notice('error', h('p', null, 'Kies eerst een bestand.')));
      input.focus();
      return;
    }
    button.disabled = true;
    result.append(h('p', { class: 'lead' }, `Bezig met inlezen van ${file.name} ...`));
    try {
      const r = await upload('/procurements/ocds', file, { dryRun: dry.checked ? 'true' : null }, 'application/json');
      clear(result);
      result.append(notice(r.skipped ? 'warning' : 'success',
        h('p', { id: 'ocds-summary' }, `${r.releases} releases gelezen: ${r.new} gunningen nieuw, ${r.updated} bijgewerkt, ${r.unchanged} ongewijzigd; ${r.drafted} conceptcontracten met voorlopige verplichting; ${r.skipped} overgeslagen.${r.dry_run ? ' Niets opgeslagen (alleen gecontroleerd).' : ''}`)));
      if (r.skips.length) {
        result.append(table('Overgeslagen', [
          { label: 'Regel', numeric: true, cell: (s) => String(s.line) },
          { label: 'ocid', cell: (s) => s.ocid },
          { label: 'Release', cell: (s) => s.release_id },
          { label: 'Reden', cell: (s) => s.reason },
        ], r.skips, { id: 'ocds-skips' }));
        if (r.skips_not_listed) result.append(h('p', null, `En nog ${r.skips_not_listed} overgeslagen (niet afzonderlijk getoond).`));
      }
      if (r.drafted) result.append(h('p', null, h('a', { href: '#/ontbrekende-sroi' }, 'Naar de conceptcontracten in Ontbrekende SROI')));
    } catch (err) {
      clear(result);
      result.append(notice('error', h('p', { id: 'ocds-error' }, err.detail || err.message)));
    } finally {
      button.disabled = false;
    }
  });
  return page('Aanbestedingen importeren (OCDS)',
    pageHeader('Aanbestedingen importeren (OCDS)', {
      lead: 'Lees de open data van TenderNed in: gunningen komen in het inkooplog en, als het beleid social return voorschrijft, als conceptcontract in het register. Het SR-team vult het loonkostenaandeel aan en bevestigt.',
    }),
    form, result);
}
