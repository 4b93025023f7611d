import { registerMessages } from '../catalogue.ts';

// The lesson list: loaded with the home page only.
registerMessages({
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
});
