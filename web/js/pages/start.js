// Start page for roles without a work list of their own here (wsp, po, raad): who you are and
// where to go.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { page, pageHeader, details } from '../components.js';
import * as session from '../session.js';
import { menuFor } from '../routes.js';
import * as L from '../labels.js';
import * as ref from '../refdata.js';

export default async function start() {
  const u = session.user();
  const all = await ref.municipalities();
  const name = (code) => (all.find((m) => m.code === code) || { name: code }).name;
  const munis = (u.municipalities || []).map((m) => (typeof m === 'object' ? m.name || name(m.code) : name(m))).join(', ');
  const links = menuFor().filter((m) => m.key !== 'start');
  return page('Start',
    pageHeader(`Welkom, ${u.username}`, { lead: `U bent ingelogd met de rol ${L.label('role', u.role)}.` }),
    details([
      ['Rol', L.label('role', u.role)],
      u.organisation ? ['Organisatie', u.organisation.name || u.organisation] : null,
      ['Gemeenten', munis],
    ]),
    h('h2', null, 'Ga naar'),
    h('ul', null, links.map((l) => h('li', null, h('a', { href: '#' + l.path }, l.label)))));
}
