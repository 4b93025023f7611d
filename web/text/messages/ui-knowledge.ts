import { registerMessages } from '../catalogue.ts';
// Plurals below: the full message reader first.
import './rich-formatting.ts';

// What each party knows, and the protocol's state machines.
registerMessages({
  'ui.knowledge.heading': 'What each party knows',
  'ui.knowledge.keys': 'Keys',
  'ui.knowledge.none': 'none yet',
  'ui.knowledge.read': 'Read',
  'ui.knowledge.nothing': 'nothing yet',
  'ui.knowledge.quoted': '“{text}”',
  'ui.knowledge.not-sent': ' (not what was sent)',
  'ui.knowledge.not-text': '{bytes} bytes that are not text',
  'ui.knowledge.unknown': ' then {unknown, plural, =1 {# unknown byte} other {# unknown bytes}}',
  'ui.machine.state': 'State: ',
  'ui.machine.after': ' after {cause}',
  'ui.machine.refused': '{packet} refused',
  'ui.machine.refused-times': ' ({count}×)',
  'ui.machine.label': '{party}’s state machine',
  'ui.machine.title': '{party}: ',
  'ui.machine.in': 'in {state}',
  'ui.machine.on': 'on ',
  'ui.machine.later-on': 'later, on ',
  'ui.machine.now': ' (now)',
  'ui.machine.refusals': 'Packets {party} refused',
  'ui.machine.refused-in': '{packet} refused in {state}',
});
