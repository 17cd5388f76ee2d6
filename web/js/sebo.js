// Shared vocabulary of the SEBO pages: Dutch labels for the classes of invited companies and the
// outcomes of the rule check, and the panel that shows a rule check (with the flag).
import { h } from './dom.js';
import * as fmt from './format.js';

export const CLASS = {
  'lokaal-sebo': 'Lokale SEBO-keurmerkhouder',
  lokaal: 'Lokale ondernemer',
  overig: 'Niet-lokale ondernemer',
};

export const OUTCOME = {
  gevolgd: 'Voorkeursvolgorde gevolgd',
  'afwijking-met-reden': 'Afwijking met reden',
  gemarkeerd: 'Gemarkeerd',
  'niet-van-toepassing': 'SEBO niet van toepassing',
};

const TONE = { gevolgd: 'good', 'afwijking-met-reden': 'info', gemarkeerd: 'bad', 'niet-van-toepassing': 'neutral' };

export function outcomeBadge(code) {
  return h('span', { class: `badge badge-${TONE[code] || 'neutral'}` }, fmt.label(OUTCOME, code));
}

export const HOLDER_STATUS = {
  gecertificeerd: 'Gecertificeerd', aangevraagd: 'Aangevraagd', 'in-audit': 'In audit', verlopen: 'Verlopen',
  ingetrokken: 'Ingetrokken', afgewezen: 'Afgewezen', 'geen-aanvraag': 'Geen aanvraag',
};

// The nodes of a rule check result (from POST /procurements/check or a stored procurement's rule).
export function ruleNodes(rule) {
  const flagged = rule.outcome === 'gemarkeerd';
  const out = [
    h('p', { class: 'rule-outcome' }, 'SEBO-toets: ', outcomeBadge(rule.outcome)),
    h('p', { class: 'rule-explanation' }, rule.explanation),
  ];
  if (flagged) {
    out.unshift(h('div', { class: 'notice notice-warning', role: 'alert', id: 'sebo-flag' },
      h('p', null, h('strong', null, 'Let op: deze inkoop wordt gemarkeerd. '),
        rule.expected === 'lokaal-sebo'
          ? 'Er is geen lokale SEBO-keurmerkhouder uitgenodigd, terwijl het register er een heeft voor dit soort werk. '
          : 'Er is geen lokale ondernemer uitgenodigd. ',
        'Nodig er een uit, of leg de reden van de afwijking vast. De markering is zichtbaar voor de afdeling en de programmamanager.')));
  }
  if (rule.aim_applies) {
    out.push(h('p', { class: 'meta' }, 'Streven tot € 150.000 (ten minste één SEBO-bedrijf mag offreren): ',
      rule.aim_met ? 'gehaald' : 'niet gehaald', '.'));
  }
  return out;
}
