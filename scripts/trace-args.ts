import { applyDefences, MATRIX_SETTING_NAMES } from '../web/protocol/matrix/defences.ts';
import {
  isPresetId,
  PRESET_IDS,
  PRESETS,
  type PresetId,
  presetConfig,
} from '../web/protocol/presets.ts';
import {
  applySettings,
  type ScenarioSettings,
  SETTINGS,
  settingNamed,
} from '../web/protocol/settings.ts';

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

/** Reads a file named on the command line ("-" is standard input) as text. */
export type ReadText = (path: string) => string;

const flagList = (values: readonly { value: string }[]) => values.map((c) => c.value).join('|');

export function usage(): string {
  const rows: [string, string][] = [
    ['--json', 'print the trace as JSON instead of the narrated log'],
    ['--verifpal', 'with matrix: print the defences as a Verifpal model (.vp) instead'],
    ...SETTINGS.map((s): [string, string] => [
      `--${s.name} ${s.kind === 'text' ? 'TEXT' : flagList(s.choices)}`,
      `${s.label}${s.appliesWhen ? ` (only when ${s.appliesWhen.description})` : ''}`,
    ]),
    ['--message-file PATH', 'read Alice’s message from a file; - reads standard input'],
    ['-h, --help', 'print this help'],
  ];
  return [
    'Usage: npm run trace -- <name> [flags]',
    '       npm run trace -- matrix [defence flags] [--json | --verifpal]',
    'Runs a lesson’s scenario with the engine the page uses and prints its narrated log.',
    '“matrix” runs every Oscar strategy against the defences given and prints the grid.',
    '',
    `Names: ${PRESET_IDS.join(', ')}, matrix`,
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
  const written = new Map<string, string>();

  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (!arg.startsWith('-') || arg === '-') {
      if (scenario !== undefined) throw new UsageError(`Unexpected argument "${arg}".`);
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
      json = true;
    } else if (flag === '--verifpal') {
      if (inline !== undefined) throw new UsageError('--verifpal takes no value.');
      verifpal = true;
    } else if (flag === '--message-file') {
      if (messageFile !== undefined) throw new UsageError('--message-file is given twice.');
      messageFile = value();
    } else {
      const name = flag.slice(2);
      const setting = flag.startsWith('--') ? settingNamed(name) : undefined;
      if (!setting) throw new UsageError(`Unknown flag ${flag}.`);
      if (written.has(name)) throw new UsageError(`${flag} is given twice.`);
      written.set(name, value());
    }
  }

  if (scenario === undefined) throw new UsageError('Name a lesson or scenario.');
  if (scenario === 'matrix') {
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
  if (!isPresetId(scenario)) throw new UsageError(`Unknown name "${scenario}".`);
  if (messageFile !== undefined) {
    if (written.has('message')) throw new UsageError('Give --message or --message-file, not both.');
    let text: string;
    try {
      text = readText(messageFile);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`Cannot read the message file ${messageFile}: ${reason}`);
    }
    written.set('message', messageFromFile(text));
  }

  const base: ScenarioSettings = { config: presetConfig(scenario), plan: PRESETS[scenario].plan };
  const { settings, rejected } = applySettings(base, written);
  const [first] = rejected;
  if (first) {
    const shown = first.name === 'message' ? '' : ` ${JSON.stringify(first.written)}`;
    throw new UsageError(`Cannot use --${first.name}${shown}. ${first.reason}`);
  }
  return { kind: 'run', scenario, json, settings };
}
