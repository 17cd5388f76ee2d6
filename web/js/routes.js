// Every page of the interface, who may open it, and the menu per role. To add a page: write
// web/js/pages/<name>.js exporting an async function returning { title, node }, add a route()
// line here and, if it belongs in the menu, an entry in MENU.
import { route } from './router.js';

const load = (mod, fn = 'default') => async (ctx) => (await import(`./pages/${mod}.js`))[fn](ctx);

const SR = ['sr-team', 'beheer'];
const REGISTER = ['sr-team', 'inkoop', 'beheer'];
const CONTRACT_READERS = ['sr-team', 'inkoop', 'beheer', 'opdrachtnemer'];
const WSP = ['wsp', 'sr-team', 'beheer'];
const BANEN = ['po', 'wsp', 'raad', 'sr-team', 'inkoop', 'beheer'];
const PROCUREMENT = ['inkoop', 'sr-team', 'beheer'];
const AGGREGATES = ['raad', 'beheer', 'sr-team', 'inkoop', 'wsp', 'po'];

export function registerRoutes() {
  route('/rekenhulp', null, load('calculator'), 'rekenhulp');
  route('/inloggen', null, load('login'), 'inloggen');
  route('/start', [], load('start'), 'start');
  route('/werkvoorraad', SR, load('overdue'), 'werkvoorraad');
  route('/contracten', REGISTER, load('contracts'), 'contracten');
  route('/contracten/nieuw', REGISTER, load('contract_new'), 'nieuw');
  route('/contracten/:id', CONTRACT_READERS, load('contract'), 'contracten');
  route('/contracten/:id/realisatie', ['opdrachtnemer'], load('realisation_new'), 'portaal');
  route('/opdrachtnemers', REGISTER, load('contractors'), 'opdrachtnemers');
  route('/opdrachtnemers/:id', REGISTER, load('contractors', 'detail'), 'opdrachtnemers');
  route('/portaal', ['opdrachtnemer'], load('portal'), 'portaal');
  route('/audit', ['beheer'], load('audit'), 'audit');
  route('/gebruikers', ['beheer'], load('users'), 'gebruikers');
  route('/werkgevers', WSP, load('wsp'), 'werkgevers');
  route('/werkgevers/:id', WSP, load('wsp', 'employer'), 'werkgevers');
  route('/vacatures/:id', ['wsp', 'sr-team'], load('wsp', 'shortlist'), 'werkgevers');
  route('/banen', BANEN, load('banen'), 'banen');
  route('/banen/nieuw', ['po', 'wsp'], load('banen_new'), 'banen');
  route('/sebo-keurmerk', null, load('sebo_public'), 'sebo-keurmerk');
  route('/inkoop', PROCUREMENT, load('procurements'), 'inkooplog');
  route('/inkoop/nieuw', ['inkoop'], load('procurement_new'), 'inkoop');
  route('/inkoop/:id', PROCUREMENT, load('procurement'), 'inkooplog');
  route('/sebo', ['sr-team', 'beheer', 'inkoop', 'wsp'], load('sebo_register'), 'sebo');
  route('/sebo/:kvk', ['sr-team', 'beheer', 'inkoop', 'wsp'], load('sebo_holder'), 'sebo');
  route('/offerteaanvragen', ['opdrachtnemer'], load('sebo_requests'), 'offerteaanvragen');
  route('/dashboard', AGGREGATES, load('dashboard'), 'dashboard');
}

const MENU = {
  public: [['rekenhulp', '/rekenhulp', 'Rekenhulp'], ['sebo-keurmerk', '/sebo-keurmerk', 'SEBO-keurmerkhouders'], ['inloggen', '/inloggen', 'Inloggen']],
  'sr-team': [['werkvoorraad', '/werkvoorraad', 'Werkvoorraad'], ['contracten', '/contracten', 'Contracten'], ['banen', '/banen', 'Banenafspraak'],
    ['nieuw', '/contracten/nieuw', 'Contract registreren'], ['opdrachtnemers', '/opdrachtnemers', 'Opdrachtnemers'],
    ['inkooplog', '/inkoop', 'Uitnodigingslog'], ['sebo', '/sebo', 'SEBO-register'],
    ['rekenhulp', '/rekenhulp', 'Rekenhulp']],
  inkoop: [['nieuw', '/contracten/nieuw', 'Contract registreren'], ['contracten', '/contracten', 'Contracten'],
    ['opdrachtnemers', '/opdrachtnemers', 'Opdrachtnemers'], ['inkoop', '/inkoop/nieuw', 'Inkoop vastleggen'],
    ['inkooplog', '/inkoop', 'Uitnodigingslog'], ['rekenhulp', '/rekenhulp', 'Rekenhulp']],
  opdrachtnemer: [['portaal', '/portaal', 'Mijn contracten'], ['offerteaanvragen', '/offerteaanvragen', 'Offerteaanvragen SEBO'],
    ['rekenhulp', '/rekenhulp', 'Rekenhulp']],
  beheer: [['audit', '/audit', 'Auditlog'], ['gebruikers', '/gebruikers', 'Gebruikers'],
    ['werkvoorraad', '/werkvoorraad', 'Werkvoorraad'], ['contracten', '/contracten', 'Contracten'],
    ['opdrachtnemers', '/opdrachtnemers', 'Opdrachtnemers'], ['banen', '/banen', 'Banenafspraak'],
    ['dashboard', '/dashboard', 'Dashboard'], ['rekenhulp', '/rekenhulp', 'Rekenhulp']],
  po: [['banen', '/banen', 'Banenafspraak'], ['dashboard', '/dashboard', 'Dashboard'], ['start', '/start', 'Start'], ['rekenhulp', '/rekenhulp', 'Rekenhulp']],
  wsp: [['werkgevers', '/werkgevers', 'Werkgeversservicepunt'], ['banen', '/banen', 'Banenafspraak'], ['dashboard', '/dashboard', 'Dashboard'], ['sebo', '/sebo', 'SEBO-register'], ['start', '/start', 'Start'], ['rekenhulp', '/rekenhulp', 'Rekenhulp']],
  raad: [['dashboard', '/dashboard', 'Dashboard'], ['banen', '/banen', 'Banenafspraak']],
  other: [['start', '/start', 'Start'], ['rekenhulp', '/rekenhulp', 'Rekenhulp']],
};

export function menuFor(role) {
  const items = role ? (MENU[role] || MENU.other) : MENU.public;
  return items.map(([key, path, label]) => ({ key, path, label }));
}
