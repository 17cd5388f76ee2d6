// Contractor portal: my contracts with their obligation, progress and what to do next.
import { h } from '../dom.js';
import { api } from '../api.js';
import * as fmt from '../format.js';
import { allContracts } from './contracts.js';
import * as model from '../model.js';
import * as session from '../session.js';
import { page, pageHeader, progressBar, statusBadge, takeFlash } from '../components.js';

// What the contractor must do next: contact the SR-team, or the next yearly report.
function todo(c) {
  const items = [];
  if (c.contact && !c.contact.date && c.contact.deadline) {
    items.push(h('li', null, c.contact.overdue
      ? [statusBadge('niet-voldaan', 'Te laat'), ` Neem contact op met het SR-team (uiterlijk ${fmt.date(c.contact.deadline)}).`]
      : `Neem uiterlijk ${fmt.date(c.contact.deadline)} contact op met het SR-team.`));
  }
  const late = (c.yearly_reports || []).filter((y) => y.overdue && !y.submitted);
  const next = (c.yearly_reports || []).find((y) => !y.submitted && !y.overdue);
  for (const y of late) items.push(h('li', null, statusBadge('niet-voldaan', 'Te laat'), ` Jaarverslag jaar ${y.year_no} (uiterlijk ${fmt.date(y.deadline)}).`));
  if (next) items.push(h('li', null, `Volgend jaarverslag: jaar ${next.year_no}, uiterlijk ${fmt.date(next.deadline)}.`));
  return items.length ? h('ul', { class: 'todo' }, items) : null;
}

function card(c) {
  const titleId = `contract-${c.id}-title`;
  const reportable = model.reportable(c, fmt.todayIso());
  return h('li', { class: 'card', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, h('a', { href: `#/contracten/${c.id}` }, c.title)),
    h('p', { class: 'meta' }, `${c.reference} · ${c.municipality ? c.municipality.name || c.municipality.code : ''}`),
    h('p', { class: 'meta' }, `Looptijd ${fmt.date(c.start)} t/m ${fmt.date(c.end)}`),
    c.obligation.applies
      ? h('p', null, 'Verplichting: ', h('strong', null, fmt.euro(c.obligation.amount)), ` (${fmt.percent(c.obligation.percentage)})`)
      : h('p', null, 'Geen social-return-verplichting.'),
    c.progress && c.obligation.applies ? progressBar(c.progress, { compact: true, label: `Voortgang ${c.reference}` }) : null,
    c.progress ? h('p', null, statusBadge(model.progressStatus(c))) : null,
    todo(c),
    reportable.ok ? null : h('p', { class: 'meta' }, reportable.why),
    h('div', { class: 'card-actions' },
      reportable.ok ? h('a', { class: 'button button-small', href: `#/contracten/${c.id}/realisatie` }, 'Realisatie melden', h('span', { class: 'visually-hidden' }, ` bij ${c.reference}`)) : null,
      h('a', { class: 'button button-small button-secondary', href: `#/contracten/${c.id}` }, 'Bekijken', h('span', { class: 'visually-hidden' }, ` ${c.reference}`))));
}

export default async function portal() {
  const [contracts, inbox] = await Promise.all([allContracts(), api.get('/inbox', { unread: 'true' })]);
  const org = session.user().organisation;
  const unread = inbox ? inbox.unread : 0;
  return page('Mijn contracten',
    pageHeader('Mijn contracten', {
      lead: `${org && org.name ? `${org.name}: ` : ''}uw gegunde opdrachten met social return. Meld hier wie u hebt geplaatst en dien elk contractjaar een jaarverslag in.`,
      actions: [h('a', { class: 'button button-secondary', href: '#/berichten' }, unread ? `Berichten (${unread} nieuw)` : 'Berichten')],
    }),
    takeFlash(),
    contracts.length
      ? h('ul', { class: 'cards', id: 'my-contracts' }, contracts.map(card))
      : h('p', { class: 'empty', id: 'my-contracts' }, 'U hebt nog geen contracten met social return.'));
}
