import { registerMessages } from '../catalogue.ts';

// The narration's frame (its lines come from the trace): they load with the narration log.
registerMessages({
  'ui.narration.heading': 'Narration',
  'ui.narration.filter': 'Show lines of',
  'ui.narration.everyone': 'Everyone',
  'ui.narration.log': 'Narration log',
  'ui.narration.empty': 'Nothing has happened yet.',
  'ui.narration.live': '{party}: {line}',
});
