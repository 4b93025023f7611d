import { registerMessages } from '../catalogue.ts';
// Plurals and selects below: the full message reader first.
import './rich-formatting.ts';

// The matrix page: Oscar's strategies against the chosen defences, the defence map, the best
// attack the search found and the Verifpal export.
registerMessages({
  'ui.matrix.arena.two-sessions': 'two sessions of payment orders',
  'ui.matrix.arena.handshake': 'seed 003’s handshake',

  'ui.matrix.search.heading': 'Oscar’s best attack',
  'ui.matrix.search.intro':
    'A search over every script of at most {depth} of Oscar’s moves, each run for real, in {first} and in {second}. A line of play stops where Alice or Bob notice him, and where another script reached the same state first.',
  'ui.matrix.search.moves': 'The moves it tries ({count})',
  'ui.matrix.search.depth': 'At most {depth} moves',
  'ui.matrix.search.stop': 'Stop the search',
  'ui.matrix.search.depth-reached': 'Search depth reached',
  'ui.matrix.search.progress': '{scripts} scripts run, {states} states, {depth} moves deep…',
  'ui.matrix.search.status':
    '{cancelled, select, yes {Stopped: } other {}}{scripts} scripts run, {states} distinct states, {pruned} scripts skipped as repeats.',
  'ui.matrix.search.status-timed':
    '{cancelled, select, yes {Stopped: } other {}}{scripts} scripts run, {states} distinct states, {pruned} scripts skipped as repeats, in {ms} ms.',
  'ui.matrix.search.listens': 'Oscar wins without a move: he only listens.',
  'ui.matrix.search.wins-in':
    'Oscar wins in {moves, plural, one {# move} other {# moves}}, in {arena}.',
  'ui.matrix.search.found':
    '{opening} {verdict}.{confirmed, select, yes { Run twice, won twice.} other {}}',
  'ui.matrix.search.why': 'Why it counts as a win: {reasons}',
  'ui.matrix.search.step': '{step}.',
  'ui.matrix.search.stopped-by': 'Stopped by: {defence}.',
  'ui.matrix.search.play': 'Play it on the stage',
  'ui.matrix.search.on-stage':
    'On the stage, the sequence diagram sets each step beside the packet it acts on.',
  'ui.matrix.search.none-stopped': 'No attack found before the search was stopped.',
  'ui.matrix.search.none': 'No attack within {depth} moves.',
  'ui.matrix.search.honest':
    'No attack within {depth} moves is not a proof: a longer script, or a move the Lab does not model, may still win.',
});
