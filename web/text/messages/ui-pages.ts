import { registerMessages } from '../catalogue.ts';

// The site's name, page titles, and the page that is not there: part of every page, so kept short.
// The lesson list's own words are in ui-home.ts.
registerMessages({
  'ui.site': 'Handshake Lab',
  'ui.title.step': '{step} · {lesson} · {site}',
  'ui.title.page': '{page} · {site}',
  'ui.title.print': '{lesson}: handout · {site}',
  'ui.page.sandbox': 'Sandbox',
  'ui.page.matrix': 'Can Oscar win?',
  'ui.page.not-found': 'No such page',
  'ui.not-found.title': 'This page does not exist',
  'ui.not-found.home': 'See all lessons',
  'ui.route.no-lesson': 'There is no lesson called {name}.',
  'ui.route.no-step': '“{lesson}” has steps 1 to {steps}; there is no step {step}.',
  'ui.route.no-page': 'There is no page {path}.',
});
