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

  'ui.matrix.grid.running': 'Running Oscar’s strategies… {done} done.',
  'ui.matrix.grid.done':
    'All {count} strategies ran in {ms} ms{crypto, select, none {} other {, {crypto} ms of it inside WebCrypto}}{onPage, select, yes { (on the page: no worker could start)} other {}}.',
  'ui.matrix.grid.failed': 'The matrix stopped: {error}',
  'ui.matrix.grid.caption':
    'Oscar’s strategies against these defences. Choose one to play it on the stage.',
  'ui.matrix.strategy': 'Oscar’s strategy',
  'ui.matrix.grid.read': 'Read anything?',
  'ui.matrix.grid.accepted': 'Forged, replayed or reordered message accepted?',
  'ui.matrix.grid.lost': 'Message lost unnoticed?',
  'ui.matrix.grid.caught-by': 'Caught by',
  'ui.matrix.grid.who-won': 'Who won',
  'ui.matrix.cell.read': 'Read',
  'ui.matrix.cell.accepted': 'Accepted',
  'ui.matrix.cell.lost': 'Lost unnoticed',
  'ui.matrix.cell.no': 'No',
  'ui.matrix.cell.yes': 'Yes: {count}',
  'ui.matrix.cell.read-yes': 'Yes: {read} of {sent}{later, plural, =0 {} other { (# later)}}',
  'ui.matrix.cell.nobody-noticed': 'Nobody noticed',
  'ui.matrix.cell.running': 'Running…',

  'ui.matrix.map.on': 'on already',
  'ui.matrix.map.stops': 'stops him',
  'ui.matrix.map.not-enough': 'not enough',
  'ui.matrix.map.nothing-to-stop': 'he gains nothing anyway',
  'ui.matrix.map.lets-him-win': 'lets him win',
  'ui.matrix.map.needs': 'needs another defence first',
  'ui.matrix.map.running':
    'Running every strategy again with each defence turned on, one at a time…',
  'ui.matrix.map.label': 'Defence map',
  'ui.matrix.map.caption':
    'Each cell: does turning on that one defence, the others as chosen above, stop that strategy? Every cell was computed by running it.',

  'ui.matrix.defences': 'Alice and Bob’s defences',
  'ui.matrix.defences-summary.title': 'Defences',
  'ui.matrix.defences-summary.item': '{setting}: {choice}',
  'ui.matrix.defences-summary.off': 'Off: {settings}',
  'ui.matrix.defences-summary.change': 'Change',

  'ui.matrix.verifpal.summary': 'Export these defences to Verifpal',
  'ui.matrix.verifpal.intro':
    'Verifpal, a symbolic protocol verifier, checks the same questions for every number of messages, but on symbols, not bytes: each query in the model names the grid’s column and rows it answers.',
  'ui.matrix.verifpal.download': 'Download {file}',
  'ui.matrix.verifpal.model': 'Verifpal model (.vp)',

  'ui.matrix.page.heading': 'Can Oscar win?',
  'ui.matrix.page.intro':
    'Pick Alice and Bob’s defences. Every one of Oscar’s strategies then runs against them with real cryptography, and each row says what he got.',
  'ui.matrix.page.unknown-row':
    '“row={row}” was ignored: no row has that name with these defences. The stage shows {shown, select, best {Oscar’s best attack} other {the first row}}.',
  'ui.matrix.page.view': 'View',
  'ui.matrix.page.view-grid': 'What each strategy gets',
  'ui.matrix.page.view-map': 'Defence map: which defence stops which',
});
