// npm run trace -- <name> [flags]; `npm run trace -- --help` lists the flags.
// Runs a scenario with the same engine the page uses and prints its narrated log or its trace.
import { readFileSync } from 'node:fs';
import { KeyCache } from '../web/protocol/keyring.ts';
import { applyDefences } from '../web/protocol/matrix/defences.ts';
import { narratedLog } from '../web/protocol/narrated-log.ts';
import { runScenario } from '../web/protocol/scenario.ts';
import { traceToJson } from '../web/protocol/serialize.ts';
import { verifpalModel } from '../web/protocol/verifpal/model.ts';
import { parseTraceArgs, type TraceCommand, UsageError, usage } from './trace-args.ts';
import { printMatrix } from './trace-matrix.ts';

/** A file's bytes as UTF-8 text; bytes that are not UTF-8 are refused, not replaced. */
function readText(path: string): string {
  const bytes = readFileSync(path === '-' ? 0 : path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) throw new Error('it is not UTF-8 text.');
    throw error;
  }
}

async function main(): Promise<void> {
  let command: TraceCommand;
  try {
    command = parseTraceArgs(process.argv.slice(2), readText);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\nRun with --help to see every flag.`);
    process.exit(2);
  }
  if (command.kind === 'help') {
    console.log(usage());
    return;
  }
  if (command.kind === 'matrix') {
    if (command.verifpal)
      process.stdout.write(verifpalModel(applyDefences(command.written).config));
    else console.log(await printMatrix(command.written, command.json));
    return;
  }
  const { config, plan } = command.settings;
  const trace = await runScenario(command.scenario, config, plan, new KeyCache());
  console.log(command.json ? JSON.stringify(traceToJson(trace), null, 2) : narratedLog(trace));
}

await main();
