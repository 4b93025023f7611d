// npm run trace -- <scenario> [--message "…"] [--json] [--rsa 2048] [--aes 256] [--oscar off|passive]
// Runs a scenario with the same engine the page uses and prints its narrated log or its trace.
import { isAesBits } from '../web/crypto/aes.ts';
import { isRsaBits } from '../web/crypto/rsa.ts';
import { KeyCache } from '../web/protocol/keyring.ts';
import { narratedLog } from '../web/protocol/narrated-log.ts';
import {
  DEFAULT_CONFIG,
  isScenarioId,
  messageProblem,
  runScenario,
  SCENARIO_IDS,
} from '../web/protocol/scenario.ts';
import { traceToJson } from '../web/protocol/serialize.ts';
import type { OscarPlan, ScenarioConfig } from '../web/protocol/types.ts';

const USAGE = `Usage: npm run trace -- <scenario> [--message "text"] [--json] [--rsa 1024|2048|3072|4096] [--aes 128|256] [--oscar off|passive]
Scenarios: ${SCENARIO_IDS.join(', ')}`;

const OSCAR_PRESENCE = ['off', 'passive'] as const;

class UsageError extends Error {}

interface Options {
  scenario: string;
  json: boolean;
  config: ScenarioConfig;
  plan: OscarPlan;
}

function parse(args: string[]): Options {
  let scenario: string | undefined;
  let json = false;
  let config: ScenarioConfig = DEFAULT_CONFIG;
  let plan: OscarPlan = { presence: 'passive' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--json') json = true;
    else if (arg === '--message') config = { ...config, message: value() };
    else if (arg === '--rsa') {
      const bits = Number(value());
      if (!isRsaBits(bits)) throw new UsageError('--rsa must be 1024, 2048, 3072 or 4096.');
      config = { ...config, rsaBits: bits };
    } else if (arg === '--aes') {
      const bits = Number(value());
      if (!isAesBits(bits)) throw new UsageError('--aes must be 128 or 256.');
      config = { ...config, aesBits: bits };
    } else if (arg === '--oscar') {
      const presence = value();
      if (!(OSCAR_PRESENCE as readonly string[]).includes(presence)) {
        throw new UsageError(`--oscar must be one of: ${OSCAR_PRESENCE.join(', ')}.`);
      }
      plan = { presence: presence as OscarPlan['presence'] };
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-')) throw new UsageError(`Unknown flag ${arg}.`);
    else if (scenario === undefined) scenario = arg;
    else throw new UsageError(`Unexpected argument "${arg}".`);
  }
  if (scenario === undefined) throw new UsageError('Name a scenario.');
  if (!isScenarioId(scenario)) throw new UsageError(`Unknown scenario "${scenario}".`);
  const problem = messageProblem(config.message);
  if (problem) throw new UsageError(problem);
  return { scenario, json, config, plan };
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(error.message);
    console.error(USAGE);
    process.exit(error.message ? 2 : 0);
  }
  if (!isScenarioId(options.scenario)) return;
  const trace = await runScenario(options.scenario, options.config, options.plan, new KeyCache());
  console.log(options.json ? JSON.stringify(traceToJson(trace), null, 2) : narratedLog(trace));
}

await main();
