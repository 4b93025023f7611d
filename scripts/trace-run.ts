// The trace command without the process around it: arguments in, text out, an exit status back.
// scripts/trace.ts runs it for `npm run trace`; tests run it in-process.
import type { KeyCache } from '../web/protocol/keyring.ts';
import { applyDefences } from '../web/protocol/matrix/defences.ts';
import { ScriptMisfit } from '../web/protocol/oscar/scripted.ts';
import { PRESETS } from '../web/protocol/presets.ts';
import { runScenario } from '../web/protocol/scenario.ts';
import { verifpalModel } from '../web/protocol/verifpal/model.ts';
import { narratedLog } from './narrated-log.ts';
import {
  parseTraceArgs,
  type ReadText,
  type TraceCommand,
  UsageError,
  usage,
} from './trace-args.ts';
import { traceToJson } from './trace-json.ts';
import { printMatrix } from './trace-matrix.ts';

export interface TraceIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readText: ReadText;
  /** Keys to use and keep: one cache for the process, or one shared by many in-process runs. */
  readonly keys: KeyCache;
}

/**
 * 0 when it ran (or printed --help), 2 for a mistake in the command, said on `err` (before
 * anything runs, or when a --moves script reaches a move that cannot act). Anything else it
 * throws is a bug.
 */
export async function runTrace(args: readonly string[], io: TraceIo): Promise<0 | 2> {
  let command: TraceCommand;
  try {
    command = parseTraceArgs(args, io.readText);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\nRun with --help to see every flag.`);
    return 2;
  }
  if (command.kind === 'help') io.out(usage());
  else if (command.kind === 'matrix' && command.verifpal)
    io.out(verifpalModel(applyDefences(command.written).config).replace(/\n$/, ''));
  else if (command.kind === 'matrix') io.out(await printMatrix(command.written, command.json));
  else {
    const { config, plan } = command.settings;
    let trace: Awaited<ReturnType<typeof runScenario>>;
    try {
      trace = await runScenario(PRESETS[command.scenario].scenario, config, plan, io.keys);
    } catch (error) {
      // A --moves script that names a move where it cannot act: the command's mistake.
      if (!(error instanceof ScriptMisfit)) throw error;
      io.err(`${error.message} Change that word of --moves.\nRun with --help to see every flag.`);
      return 2;
    }
    io.out(
      command.json
        ? JSON.stringify(traceToJson(trace, command.scenario), null, 2)
        : narratedLog(trace),
    );
  }
  return 0;
}
