import type { ScriptStep } from '../web/protocol/config-types.ts';
import { applyDefences, MATRIX_SETTING_NAMES } from '../web/protocol/matrix/defences.ts';
import { PRESET_SUMMARIES } from '../web/protocol/preset-summaries.ts';
import {
  isPresetId,
  MAX_MESSAGE_LENGTH,
  PRESET_IDS,
  PRESETS,
  type PresetId,
  presetConfig,
} from '../web/protocol/presets.ts';
import { strategyProblem } from '../web/protocol/scenario.ts';
import { SESSION_ORDERS } from '../web/protocol/scenarios/two-sessions.ts';
import type { ScenarioSettings } from '../web/protocol/setting-kinds.ts';
import { applySettings, SETTINGS, settingNamed } from '../web/protocol/settings.ts';
import { formatNumber } from '../web/text/index.ts';
import { echo } from '../web/text/text.ts';

/** A mistake on the command line: printed with a pointer to --help, exit status 2. */
export class UsageError extends Error {}

export type TraceCommand =
  | { readonly kind: 'help' }
  /** "Can Oscar win?": every strategy against the defences given as flags. */
  | {
      readonly kind: 'matrix';
      readonly json: boolean;
      /** Print the defences as a Verifpal model instead of running the grid. */
      readonly verifpal: boolean;
      readonly written: Map<string, string>;
    }
  | {
      readonly kind: 'run';
      readonly scenario: PresetId;
      readonly json: boolean;
      readonly settings: ScenarioSettings;
    };

/**
 * Reads a file named on the command line ("-" is standard input) as text: at most `maxBytes`
 * bytes are read, and a longer file is refused (it throws) without reading the rest.
 */
export type ReadText = (path: string, maxBytes: number) => string;

/** A message file holds at most the message limit: 20,000 characters of up to 4 bytes, a final newline. */
export const MESSAGE_FILE_MAX_BYTES = MAX_MESSAGE_LENGTH * 4 + 2;

/** Alice's messages in the run a script acts on: one move each, and "steal" once at the end. */
const SCRIPT_MESSAGES = 2 * SESSION_ORDERS;

/**
 * The words of `--moves`, each the search move it names (oscar/search-move.ts), on Alice's
 * message at its place; "pass" names none, "steal" comes after the conversation.
 */
const MOVE_WORDS = {
  pass: null,
  replay: 'replay',
  renumber: 'renumber',
  drop: 'drop',
  flip: 'flip',
  old: 'splice',
  steal: 'steal',
} as const;
type MoveWord = keyof typeof MOVE_WORDS;
export const SCRIPT_MOVES = Object.keys(MOVE_WORDS) as MoveWord[];

const flagList = (values: readonly { value: string }[]) => values.map((c) => c.value).join('|');

export function usage(): string {
  const rows: [string, string][] = [
    ['--json', 'print the trace as JSON instead of the narrated log'],
    ['--verifpal', 'with matrix: print the defences as a Verifpal model (.vp) instead'],
    ...SETTINGS.map((s): [string, string] => [
      `--${s.name} ${s.kind === 'text' ? 'TEXT' : flagList(s.choices)}`,
      `${s.label}${s.appliesWhen ? ` (only when ${s.appliesWhen.description})` : ''}`,
    ]),
    [
      '--message-file PATH',
      `read Alice’s message from a file; - reads standard input (at most ${formatNumber(MAX_MESSAGE_LENGTH)} characters)`,
    ],
    [
      `--moves ${SCRIPT_MOVES.join('|')},…`,
      `with --oscar scripted (two-sessions): one move for each of Alice’s ${SCRIPT_MESSAGES} orders, in order; “steal” once, at the end`,
    ],
    ['-h, --help', 'print this help'],
  ];
  return [
    'Usage: npm run trace -- <name> [flags]',
    '       npm run trace -- matrix [defence flags] [--json | --verifpal]',
    'Runs a lesson’s scenario with the engine the page uses and prints its narrated log.',
    '“matrix” runs every Oscar strategy against the defences given and prints the grid.',
    '',
    'Names:',
    ...PRESET_IDS.map(
      (id) => `  ${id}\n      ${PRESET_SUMMARIES[id].title}. ${PRESET_SUMMARIES[id].summary}`,
    ),
    '  matrix\n      every Oscar strategy against the defences given',
    `Matrix flags: ${MATRIX_SETTING_NAMES.map((n) => `--${n}`).join(', ')}`,
    '',
    'Flags (--flag value or --flag=value; a value that begins with "--" needs the = form):',
    ...rows.map(([flag, text]) => `  ${flag}\n      ${text}`),
  ].join('\n');
}

/** The file's text as the message: without the one newline that ends a file. */
function messageFromFile(text: string): string {
  return text.replace(/\r?\n$/, '');
}

/**
 * Parses `npm run trace` arguments. Values are checked against the settings the engine
 * declares, spelled exactly as listed (so `--rsa 0x800` and `--rsa ' 2048'` are refused).
 */
export function parseTraceArgs(args: readonly string[], readText: ReadText): TraceCommand {
  let scenario: string | undefined;
  let json = false;
  let verifpal = false;
  let messageFile: string | undefined;
  let moves: string | undefined;
  const written = new Map<string, string>();

  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (!arg.startsWith('-') || arg === '-') {
      if (scenario !== undefined) throw new UsageError(`Unexpected argument ${echo(arg)}.`);
      scenario = arg;
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError(
          `${flag} needs a value${next === undefined ? '' : `, not the flag ${next}`}; for a value that begins with "--", write ${flag}=VALUE.`,
        );
      }
      i++;
      return next;
    };

    if (flag === '--json') {
      if (inline !== undefined) throw new UsageError('--json takes no value.');
      if (json) throw new UsageError('--json is given twice.');
      json = true;
    } else if (flag === '--moves') {
      if (moves !== undefined) throw new UsageError('--moves is given twice.');
      moves = value();
    } else if (flag === '--verifpal') {
      if (inline !== undefined) throw new UsageError('--verifpal takes no value.');
      if (verifpal) throw new UsageError('--verifpal is given twice.');
      verifpal = true;
    } else if (flag === '--message-file') {
      if (messageFile !== undefined) throw new UsageError('--message-file is given twice.');
      messageFile = value();
    } else {
      const name = flag.slice(2);
      const setting = flag.startsWith('--') ? settingNamed(name) : undefined;
      if (!setting) throw new UsageError(`Unknown flag ${echo(flag)}.`);
      if (written.has(name)) throw new UsageError(`${flag} is given twice.`);
      written.set(name, value());
    }
  }

  if (scenario === undefined) throw new UsageError('Name a lesson or scenario.');
  if (scenario === 'matrix') {
    if (moves !== undefined)
      throw new UsageError('The matrix searches for its own scripts: --moves does not apply.');
    if (messageFile !== undefined)
      throw new UsageError(
        'The matrix sends its own payment order: --message-file does not apply.',
      );
    const { rejected } = applyDefences(written);
    const [first] = rejected;
    if (first) throw new UsageError(`Cannot use --${first.name}. ${first.reason}`);
    if (json && verifpal) throw new UsageError('Give --json or --verifpal, not both.');
    return { kind: 'matrix', json, verifpal, written };
  }
  if (verifpal) throw new UsageError('--verifpal applies to matrix only.');
  if (!isPresetId(scenario)) throw new UsageError(`Unknown name ${echo(scenario)}.`);
  if (messageFile !== undefined) {
    if (written.has('message')) throw new UsageError('Give --message or --message-file, not both.');
    let text: string;
    try {
      text = readText(messageFile, MESSAGE_FILE_MAX_BYTES);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`Cannot read the message file ${echo(messageFile)}: ${reason}`);
    }
    written.set('message', messageFromFile(text));
  }

  const base: ScenarioSettings = { config: presetConfig(scenario), plan: PRESETS[scenario].plan };
  const { settings: applied, rejected } = applySettings(base, written);
  const [first] = rejected;
  if (first) {
    const shown = first.name === 'message' ? '' : ` ${echo(first.written)}`;
    throw new UsageError(`Cannot use --${first.name}${shown}. ${first.reason}`);
  }
  // Refused before anything runs, with the choices that do apply.
  const misfit = strategyProblem(PRESETS[scenario].scenario, applied.config, applied.plan);
  if (misfit) throw new UsageError(`Cannot use --oscar ${applied.plan.presence}. ${misfit}`);
  const settings = withMoves(applied, moves, written.has('oscar'));
  return { kind: 'run', scenario, json, settings };
}

/**
 * Oscar's script from `--moves`. Asked for with --oscar scripted, the script must be given;
 * a name whose own Oscar follows a script (two-sessions) keeps its script unless --moves says.
 */
function withMoves(
  settings: ScenarioSettings,
  written: string | undefined,
  oscarChosen: boolean,
): ScenarioSettings {
  if (settings.plan.presence !== 'scripted') {
    if (written !== undefined)
      throw new UsageError('--moves applies only with --oscar scripted, whose script it is.');
    return settings;
  }
  if (written === undefined) {
    if (!oscarChosen) return settings;
    throw new UsageError(
      `--oscar scripted follows a script: give it with --moves, for example --moves replay,drop (moves: ${SCRIPT_MOVES.join(', ')}).`,
    );
  }
  return { ...settings, plan: { presence: 'scripted', steps: stepsOf(parseMoves(written)) } };
}

function isScriptMove(word: string): word is MoveWord {
  return Object.hasOwn(MOVE_WORDS, word);
}

/** One step per word but "pass", on Alice's message at the word's place; "steal" afterwards. */
function stepsOf(words: readonly MoveWord[]): ScriptStep[] {
  return words.flatMap((word, place): ScriptStep[] => {
    const move = MOVE_WORDS[word];
    if (move === null) return [];
    if (word === 'steal') return [{ at: null, move }];
    return [{ at: place, move, counting: 'alices-messages' }];
  });
}

function parseMoves(written: string): MoveWord[] {
  // One word past the most a script can hold is enough to refuse it, however long the list.
  const words = written.split(',', SCRIPT_MESSAGES + 2);
  if (words.length > SCRIPT_MESSAGES + 1)
    throw new UsageError(
      `--moves takes at most ${SCRIPT_MESSAGES} moves (Alice sends ${SCRIPT_MESSAGES} orders), and “steal”.`,
    );
  const moves: MoveWord[] = [];
  for (const word of words) {
    if (!isScriptMove(word))
      throw new UsageError(
        `--moves takes ${SCRIPT_MOVES.join(', ')}, separated by commas; not ${echo(word)}.`,
      );
    moves.push(word);
  }
  const steals = moves.filter((m) => m === 'steal').length;
  if (steals > 1 || (steals === 1 && moves.at(-1) !== 'steal'))
    throw new UsageError('--moves takes “steal” at most once, as the last move.');
  if (moves.length - steals > SCRIPT_MESSAGES)
    throw new UsageError(
      `--moves takes at most ${SCRIPT_MESSAGES} moves (Alice sends ${SCRIPT_MESSAGES} orders), and “steal”.`,
    );
  return moves;
}
