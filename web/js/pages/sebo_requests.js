// For a company (opdrachtnemer): the requests for quotes it received from the municipality while
// holding the SEBO-keurmerk, and which of them it won.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import * as session from '../session.js';
import { page, pageHeader, table } from '../components.js';
import * as L from '../labels.js';

export default async function seboRequests() {
  const org = session.user().organisation;
  const data = await api.get(`/sebo/holders/${encodeURIComponent(org.kvk)}/requests`);
  return page('Offerteaanvragen via het SEBO-keurmerk',
    pageHeader('Offerteaanvragen via het SEBO-keurmerk', {
      lead: `${org.name}: de onderhandse opdrachten waarvoor u als SEBO-keurmerkhouder bent uitgenodigd (${data.requests}), waarvan gewonnen: ${data.won}.`,
    }),
    table('Offerteaanvragen', [
      { label: 'Onderwerp', cell: (r) => r.subject },
      { label: 'Datum', cell: (r) => fmt.date(r.date) },
      { label: 'Gemeente en afdeling', cell: (r) => `${r.municipality}, ${r.department}` },
      { label: 'Procedure', cell: (r) => L.label('procedure', r.procedure) },
      { label: 'Geraamd', numeric: true, cell: (r) => fmt.euro(r.estimated_value) },
      { label: 'Uw offerte', numeric: true, cell: (r) => (r.quote !== null ? fmt.euro(r.quote) : (r.quoted ? 'ja' : '–')) },
      { label: 'Gegund', cell: (r) => (r.won ? 'ja' : 'nee') },
    ], data.items || [], { captionHidden: true, empty: 'U hebt nog geen offerteaanvragen via het keurmerk ontvangen.', id: 'sebo-requests' }));
}
