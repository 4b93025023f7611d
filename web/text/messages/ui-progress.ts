import { registerMessages } from '../catalogue.ts';
// A plural below: the full message reader first.
import './rich-formatting.ts';

// What happened to the progress saved in this browser.
registerMessages({
  'ui.progress.reset': 'Saved progress in this browser could not be read, so it was reset.',
  'ui.progress.dropped':
    '{entries, plural, =1 {One entry of the progress saved in this browser could not be read and was left out; the rest is kept.} other {# entries of the progress saved in this browser could not be read and were left out; the rest is kept.}}',
  'ui.progress.not-saved':
    'Progress is not being saved in this browser: it lasts until you leave or reload this page.',
  'ui.progress.dismiss': 'Dismiss',
});
