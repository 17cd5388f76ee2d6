// The panel that shows a SEBO rule check (with the flag) and the outcome badge; labels come from labels.js.
import { h } from './dom.js';
import * as L from './labels.js';

const TONE = { gevolgd: 'good', 'afwijking-met-reden': 'info', gemarkeerd: 'bad', 'niet-van-toepassing': 'neutral' };

export function outcomeBadge(code) {
  return h('span', { class: `badge badge-${TONE[code] || 'neutral'}` }, L.label('sebo_outcome', code));
}

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
