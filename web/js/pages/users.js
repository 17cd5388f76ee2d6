// Users (beheer): who has access, with which role, for which organisation and municipalities.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import * as model from '../model.js';
import { page, pageHeader, table, statusBadge } from '../components.js';

function names(list) {
  return (list || []).map((m) => (typeof m === 'object' ? m.name || m.code : m)).join(', ');
}

export default async function users() {
  const list = model.list(await api.get('/users', { per_page: 500 }));
  return page('Gebruikers',
    pageHeader('Gebruikers', { lead: 'Accounts met hun rol. Gebruikers toevoegen, blokkeren of een nieuw wachtwoord geven gaat met het beheercommando inclusio user.' }),
    table('Gebruikers', [
      { label: 'Gebruikersnaam', cell: (u) => u.username },
      { label: 'Rol', cell: (u) => fmt.label(fmt.ROLE, u.role), rowHeader: false },
      { label: 'Organisatie', cell: (u) => (u.organisation ? (typeof u.organisation === 'object' ? u.organisation.name : u.organisation) : '') },
      { label: 'Gemeenten', cell: (u) => names(u.municipalities) },
      { label: 'Status', cell: (u) => (u.disabled || u.active === false ? statusBadge('afgewezen', 'Geblokkeerd') : statusBadge('geverifieerd', 'Actief')) },
      { label: 'Laatst ingelogd', cell: (u) => fmt.dateTime(u.last_login || u.last_login_at) },
    ], list.items, { empty: 'Geen gebruikers.', captionHidden: true, id: 'user-table' }));
}
