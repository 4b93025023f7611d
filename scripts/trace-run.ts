// The trace command without the process around it: arguments in, text out, an exit status back.
// scripts/trace.ts runs it for `npm run trace`; tests run it in-process.
import type { KeyCache } from '../web/protocol/keyring.ts';
import { narratedLog } from '../web/protocol/narrated-log.ts';
import { runScenario } from '../web/protocol/scenario.ts';
import { traceToJson } from '../web/protocol/serialize.ts';
import {
  parseTraceArgs,
  type ReadText,
  type TraceCommand,
  UsageError,
  usage,
} from './trace-args.ts';
import { printMatrix } from './trace-matrix.ts';

export interface TraceIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readText: ReadText;
  /** Keys to use and keep: one cache for the process, or one shared by many in-process runs. */
  readonly keys: KeyCache;
}

/**
 * 0 when it ran (or printed --help), 2 for a mistake in the command, said on `err` before
 * anything runs. Anything else it throws is a bug.
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
  else if (command.kind === 'matrix') io.out(await printMatrix(command.written, command.json));
  else {
    const { config, plan } = command.settings;
    const trace = await runScenario(command.scenario, config, plan, io.keys);
    io.out(command.json ? JSON.stringify(traceToJson(trace), null, 2) : narratedLog(trace));
  }
  return 0;
}
