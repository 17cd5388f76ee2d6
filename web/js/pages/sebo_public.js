// Public page (no login): the current SEBO-keurmerk holders with a short profile and a link,
// like the municipality's own page.
import { h } from '../dom.js';
import * as fmt from '../format.js';
import { api } from '../api.js';
import { page, pageHeader } from '../components.js';
import * as L from '../labels.js';

function card(x) {
  const titleId = `holder-${x.kvk}`;
  return h('li', { class: 'card', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, x.name),
    h('p', { class: 'meta' }, [x.self_employed ? 'Zelfstandige (zzp)' : 'Onderneming',
      x.local ? 'gevestigd in Zoetermeer' : null,
      (x.kinds || []).map((k) => L.label('category', k).toLowerCase()).join(', ')].filter(Boolean).join(' · ')),
    x.profile ? h('p', null, x.profile) : null,
    h('p', { class: 'meta' }, `Keurmerk geldig t/m ${fmt.date(x.valid_until)}`),
    x.website ? h('p', null, h('a', { href: x.website, rel: 'noopener noreferrer', target: '_blank' }, 'Website van ', x.name)) : null);
}

export default async function seboPublic({ query }) {
  const data = await api.get('/sebo/public/holders', { municipality: query.get('gemeente') });
  const items = data.items || [];
  return page('SEBO-keurmerkhouders',
    pageHeader('SEBO-keurmerkhouders', {
      lead: 'Ondernemers met het keurmerk Sociaal Economisch Betrokken Ondernemen: zij zetten zich aantoonbaar in voor werk voor kwetsbare groepen, begeleiding, maatschappelijke doelen en vrijwilligerswerk in Zoetermeer. Bij enkelvoudig en meervoudig onderhandse inkoop krijgen lokale keurmerkhouders voorrang bij de uitnodiging.',
    }),
    h('p', { class: 'result-count', id: 'holder-count' }, `${items.length} ${items.length === 1 ? 'keurmerkhouder' : 'keurmerkhouders'}`),
    items.length ? h('ul', { class: 'cards', id: 'sebo-holders' }, items.map(card))
      : h('p', { class: 'empty', id: 'sebo-holders' }, 'Er zijn op dit moment geen keurmerkhouders.'));
}
