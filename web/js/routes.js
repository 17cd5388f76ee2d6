// Every page of the interface, what a user must be allowed to do to open it, and the menu. The
// permissions are the action names the server's authorisation tables grant the user's role
// (GET /api/v1/session -> permissions, src/web/permissions.c), so pages and menu follow exactly
// what the API allows. To add a page: write web/js/pages/<name>.js exporting an async function
// returning { title, node }, add a route() line here and, if it belongs in the menu, a MENU entry.
import { route, allowed } from './router.js';
import * as session from './session.js';

const load = (mod, fn = 'default') => async (ctx) => (await import(`./pages/${mod}.js`))[fn](ctx);

// Access: null = public, 'user' = any logged-in user, else { any: [permissions], scope }: at least one
// of the permissions, and (optionally) the kind of scope: 'organisation' for a contractor's
// account, 'municipality' for the municipal roles (a contractor has its portal instead of lists).
const can = (any, scope) => ({ any: [].concat(any), scope });

export function registerRoutes() {
  route('/rekenhulp', null, load('calculator'), 'rekenhulp');
  route('/inloggen', null, load('login'), 'inloggen');
  route('/start', 'user', load('start'), 'start');
  route('/werkvoorraad', can(['realisation.decide', 'audit.read']), load('overdue'), 'werkvoorraad');
  route('/contracten', can('register.read', 'municipality'), load('contracts'), 'contracten');
  route('/contracten/nieuw', can('contract.create'), load('contract_new'), 'nieuw');
  route('/contracten/:id', can('register.read'), load('contract'), 'contracten');
  route('/contracten/:id/realisatie', can('realisation.create', 'organisation'), load('realisation_new'), 'portaal');
  route('/opdrachtnemers', can('organisation.read', 'municipality'), load('contractors'), 'opdrachtnemers');
  route('/opdrachtnemers/:id', can('organisation.read', 'municipality'), load('contractors', 'detail'), 'opdrachtnemers');
  route('/portaal', can('realisation.create', 'organisation'), load('portal'), 'portaal');
  route('/audit', can('audit.read'), load('audit'), 'audit');
  route('/gebruikers', can('user.manage'), load('users'), 'gebruikers');
  route('/instellingen', can('user.manage'), load('settings'), 'instellingen');
  route('/werkgevers', can('wsp.read'), load('wsp'), 'werkgevers');
  route('/werkgevers/:id', can('wsp.read'), load('wsp', 'employer'), 'werkgevers');
  route('/vacatures/:id', can('wsp.candidates'), load('wsp', 'shortlist'), 'werkgevers');
  route('/banen', can('banen.report.read'), load('banen'), 'banen');
  route('/banen/nieuw', can('banen.records.write'), load('banen_new'), 'banen');
  route('/sebo-keurmerk', null, load('sebo_public'), 'sebo-keurmerk');
  route('/inkoop', can('sebo.procurement.read'), load('procurements'), 'inkooplog');
  route('/inkoop/nieuw', can('sebo.procurement.log'), load('procurement_new'), 'inkoop');
  route('/inkoop/ocds', can(['sebo.procurement.log', 'user.manage']), load('ocds_import'), 'ocds');
  route('/inkoop/:id', can('sebo.procurement.read'), load('procurement'), 'inkooplog');
  route('/sebo', can('sebo.registry.read'), load('sebo_register'), 'sebo');
  route('/sebo/:kvk', can('sebo.registry.read'), load('sebo_holder'), 'sebo');
  route('/offerteaanvragen', can('sebo.requests.read', 'organisation'), load('sebo_requests'), 'offerteaanvragen');
  route('/dashboard', can('goals.read'), load('dashboard'), 'dashboard');
  route('/afrekening', can('aggregate.read', 'municipality'), load('settlement_report'), 'afrekening');
  route('/berichten', 'user', load('inbox'), 'berichten');
  route('/ontbrekende-sroi', can(['contract.create', 'realisation.decide', 'audit.read'], 'municipality'), load('missing_sr'), 'ontbrekende-sroi');
}

// The menu, in this order (the user's start page first). An entry shows when the user may open its
// page; `anonymous` entries only without a login, `start` only for roles whose start page it is.
const MENU = [
  ['portaal', '/portaal', 'Mijn contracten'],
  ['werkvoorraad', '/werkvoorraad', 'Werkvoorraad'],
  ['audit', '/audit', 'Auditlog'],
  ['gebruikers', '/gebruikers', 'Gebruikers'],
  ['instellingen', '/instellingen', 'Instellingen'],
  ['nieuw', '/contracten/nieuw', 'Contract registreren'],
  ['contracten', '/contracten', 'Contracten'],
  ['opdrachtnemers', '/opdrachtnemers', 'Opdrachtnemers'],
  ['werkgevers', '/werkgevers', 'Werkgeversservicepunt'],
  ['banen', '/banen', 'Banenafspraak'],
  ['inkoop', '/inkoop/nieuw', 'Inkoop vastleggen'],
  ['inkooplog', '/inkoop', 'Uitnodigingslog'],
  ['sebo', '/sebo', 'SEBO-register'],
  ['offerteaanvragen', '/offerteaanvragen', 'Offerteaanvragen SEBO'],
  ['dashboard', '/dashboard', 'Dashboard'],
  ['afrekening', '/afrekening', 'Afrekening'],
  ['ontbrekende-sroi', '/ontbrekende-sroi', 'Ontbrekende SROI'],
  ['ocds', '/inkoop/ocds', 'TenderNed-import'],
  ['start', '/start', 'Start', { start: true }],
  ['rekenhulp', '/rekenhulp', 'Rekenhulp'],
  ['sebo-keurmerk', '/sebo-keurmerk', 'SEBO-keurmerkhouders', { anonymous: true }],
  ['inloggen', '/inloggen', 'Inloggen', { anonymous: true }],
];

export function menuFor() {
  const user = session.user();
  const start = user ? session.startPage() : '/rekenhulp';
  const items = MENU.filter(([, path, , opts = {}]) => {
    if (opts.anonymous) return !user;
    if (opts.start) return Boolean(user) && start === path;
    return allowed(path);
  }).map(([key, path, label]) => ({ key, path, label }));
  const first = items.findIndex((i) => i.path === start);
  if (first > 0) items.unshift(...items.splice(first, 1));
  return items;
}
