// Register one employment record under the banenafspraak (P&O, WSP). POST /employment; the server
// checks everything again (elfproef, hours above 0 and at most 60, no overlapping record of the same
// person at the same employer) and answers with a Dutch message tied to the field.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { Form } from '../forms.js';
import * as ref from '../refdata.js';
import * as session from '../session.js';
import { go } from '../router.js';
import { page, pageHeader, setFlash } from '../components.js';
import * as L from '../labels.js';
import { csvUpload } from '../upload.js';

export default async function banenNew() {
  const all = await ref.municipalities();
  const mine = (session.user().municipalities || []).map((m) => (typeof m === 'object' ? m.code : m));
  const regions = new Set(all.filter((m) => mine.includes(m.code)).map((m) => m.region));
  // P&O registers for its own municipalities; the WSP for every municipality of its region.
  const munis = session.hasRole('wsp') ? all.filter((m) => regions.has(m.region)) : all.filter((m) => mine.includes(m.code));

  const form = new Form({
    id: 'banen-form',
    submitLabel: 'Dienstverband registreren',
    secondary: h('a', { href: '#/banen' }, 'Annuleren'),
    onSubmit: async (f) => {
      const { values, errors } = f.read();
      if (values.bsn && !fmt.bsnValid(values.bsn)) errors.push({ field: 'bsn', message: 'Het BSN klopt niet (9 cijfers en de elfproef).' });
      if (values.hours_per_week !== null && values.hours_per_week !== undefined && (values.hours_per_week <= 0 || values.hours_per_week > 60))
        errors.push({ field: 'hours_per_week', message: 'Uren per week moeten meer dan 0 en hoogstens 60 zijn.' });
      if (values.start && values.end && values.end < values.start) errors.push({ field: 'end', message: 'De einddatum ligt vóór de begindatum.' });
      if (errors.length) { f.showErrors(errors); return; }
      const body = {};
      for (const [k, v] of Object.entries(values)) if (v !== null && v !== '') body[k] = v;
      try {
        const rec = await api.post('/employment', body);
        setFlash(`Dienstverband ${rec.id} is geregistreerd.`);
        go('/banen');
      } catch (err) { f.showApiError(err); }
    },
  });
  form.add('municipality', 'Gemeente', { kind: 'select', options: ref.municipalityOptions(munis), required: true });
  form.add('employer_kvk', 'KvK-nummer werkgever', { required: true, inputmode: 'numeric', maxlength: 8, width: 10, hint: '8 cijfers' });
  form.add('employer_name', 'Naam werkgever', { hint: 'Alleen nodig voor een werkgever die nog niet bekend is.' });
  form.add('department', 'Afdeling', { hint: 'Voor de eigen organisatie van de gemeente.' });
  form.add('sector', 'Sector', { kind: 'select', options: L.options('banen_sector', ['markt', 'overheid']), required: true });
  form.add('bsn', 'BSN', { required: true, inputmode: 'numeric', maxlength: 9, width: 10, hint: 'Wordt niet opgeslagen; het systeem bewaart alleen een versleutelde sleutel.' });
  form.add('target_group', 'Doelgroep', { kind: 'select', options: L.options('banen_group'), required: true });
  form.add('start', 'Begindatum', { kind: 'date', required: true });
  form.add('end', 'Einddatum', { kind: 'date', hint: 'Leeg laten als de persoon nog in dienst is.' });
  form.add('hours_per_week', 'Uren per week', { kind: 'decimal', required: true, width: 5, unit: 'uur' });
  form.add('contract_type', 'Contractvorm', { kind: 'select', options: L.options('contract_type', ['tijdelijk', 'vast', 'proefplaatsing', 'detachering']), required: true });
  form.add('instrument', 'Instrument', { kind: 'select', options: L.options('instrument', ['geen', 'loonkostensubsidie', 'jobcoach', 'beschut-werk', 'direct-werk', 'ips']), required: true });
  form.add('source', 'Herkomst', { kind: 'select', options: L.options('banen_source'), required: true });
  return page('Dienstverband registreren',
    pageHeader('Dienstverband registreren', {
      back: { href: '#/banen', label: 'Banenafspraak' },
      lead: 'Een baan van iemand uit het doelgroepregister. Eén baan is 25,5 uur per week.',
    }),
    form.el,
    importSection());
}

const COLUMNS = 'municipality, employer_kvk, employer_name, department, sector, bsn, target_group, start, end, hours_per_week, contract_type, instrument, source';

// CSV import through POST /employment/import: all or nothing, every bad row listed.
function importSection() {
  return csvUpload({
    id: 'banen', title: 'Bestand importeren', path: '/employment/import',
    hint: `Kolommen: ${COLUMNS}. Het hele bestand wordt geweigerd als één regel niet klopt.`,
    done: (r, file) => `${r.imported} dienstverbanden geïmporteerd uit ${file.name}.`,
  });
}
