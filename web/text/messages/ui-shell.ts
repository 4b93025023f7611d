import { registerMessages } from '../catalogue.ts';

// The frame around every page: the header, loading notes, errors, the theme and language notices.
// Plain patterns only: this file is part of the first view (catalogue.ts renders it alone).
registerMessages({
  'ui.shell.skip': 'Skip to content',
  'ui.shell.site-nav': 'Site',
  'ui.shell.lessons': 'Lessons',
  'ui.shell.sandbox': 'Sandbox',
  'ui.shell.matrix': 'Can Oscar win?',
  'ui.shell.loading': 'Loading…',
  'ui.shell.loading-stage': 'Loading the stage…',
  'ui.shell.theme': 'Theme',
  'ui.theme.system': 'Match system',
  'ui.theme.light': 'Light',
  'ui.theme.dark': 'Dark',
  'ui.theme.projector': 'Projector',
  'ui.shell.unknown-language':
    'The link asks for the language “{lang}”, which the lab does not have: it is shown in English.',
  'ui.error.page': 'The page stopped with an error: {error}',
  'ui.error.this-page': 'This page stopped with an error: {error}',
  'ui.error.stage': 'The stage stopped with an error: {error}',
  'ui.error.reload': 'Reload this step',
});
