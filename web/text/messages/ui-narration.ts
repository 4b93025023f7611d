import { registerMessages } from '../catalogue.ts';

// The narration's frame (its lines come from the trace) and the side of an embedded step.
registerMessages({
  'ui.narration.heading': 'Narration',
  'ui.narration.filter': 'Show lines of',
  'ui.narration.everyone': 'Everyone',
  'ui.narration.log': 'Narration log',
  'ui.narration.empty': 'Nothing has happened yet.',
  'ui.narration.live': '{party}: {line}',
  'ui.workbench.exercise': 'This step’s exercise',
});
