import { registerMessages } from '../catalogue.ts';

// The words of the lesson list, the page titles and the page that is not there: part of the first
// view, so kept short.
registerMessages({
  'ui.site': 'Handshake Lab',
  'ui.title.step': '{step} · {lesson} · {site}',
  'ui.title.page': '{page} · {site}',
  'ui.page.sandbox': 'Sandbox',
  'ui.page.matrix': 'Can Oscar win?',
  'ui.page.not-found': 'No such page',
  'ui.home.lede':
    'How can Alice and Bob talk privately over a network that Oscar controls? Watch real cryptography, computed in your browser, and see exactly when Oscar wins.',
  'ui.home.lessons': 'Lessons',
  'ui.home.not-saved':
    'This browser does not let the page store anything here: your progress lasts only until you leave or reload the page.',
  'ui.home.lesson-meta': '{steps} steps · from seed {seed}',
  'ui.home.all-done': 'Done: all {steps} steps',
  'ui.home.some-done': '{done} of {steps} steps done',
  'ui.home.sandbox': 'Sandbox',
  'ui.home.sandbox-text':
    'Every toggle at once: key exchange, Oscar, fingerprints, cipher, signatures.',
  'ui.home.sandbox-link': 'Open the sandbox',
  'ui.not-found.title': 'This page does not exist',
  'ui.not-found.home': 'See all lessons',
  'ui.route.no-lesson': 'There is no lesson called {name}.',
  'ui.route.no-step': '“{lesson}” has steps 1 to {steps}; there is no step {step}.',
  'ui.route.no-page': 'There is no page {path}.',
});
