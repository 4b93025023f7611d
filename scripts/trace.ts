// npm run trace -- <name> [--message "…"] [--json] [--rsa 2048] [--aes 256] [--oscar off|passive|mitm|…]
//                         [--relays hop-by-hop|end-to-end] [--oscar-at <link or relay>]
//                         [--exchange none|pre-shared|rsa|ecdh] [--check off|in-band|out-of-band] [--curve auto|P-256|X25519]
// Runs a scenario with the same engine the page uses and prints its narrated log or its trace.
import { isAesBits } from '../web/crypto/aes.ts';
import { isRsaBits } from '../web/crypto/rsa.ts';
import { KeyCache } from '../web/protocol/keyring.ts';
import { narratedLog } from '../web/protocol/narrated-log.ts';
import { OSCAR_STRATEGIES } from '../web/protocol/oscar/registry.ts';
import {
  isPresetId,
  messageProblem,
  PRESET_IDS,
  PRESETS,
  planFor,
  presetConfig,
} from '../web/protocol/presets.ts';
import { runScenario } from '../web/protocol/scenario.ts';
import { traceToJson } from '../web/protocol/serialize.ts';
import { RELAY_OSCAR_SPOTS } from '../web/protocol/topology.ts';
import {
  CERTIFICATE_FORGERIES,
  type CertificateForgery,
  CIPHERS,
  type CurveChoice,
  FINGERPRINT_CHECKS,
  type FingerprintCheck,
  KEY_EXCHANGES,
  type KeyExchange,
  type OscarPlan,
  type OscarPresence,
  type ScenarioConfig,
  SIGNATURE_CHOICES,
} from '../web/protocol/types.ts';

const PLACEMENTS = ['clear', 'inside'] as const;

const CURVES: readonly CurveChoice[] = ['auto', 'P-256', 'X25519'];

const OSCAR_CHOICES: readonly OscarPresence[] = [
  'off',
  ...(Object.keys(OSCAR_STRATEGIES) as (keyof typeof OSCAR_STRATEGIES)[]),
];
const RELAY_MODES = ['hop-by-hop', 'end-to-end'] as const;
const TOPOLOGIES = ['direct', 'two-relays'] as const;

const USAGE = `Usage: npm run trace -- <name> [--message "text"] [--json]
    [--oscar ${OSCAR_CHOICES.join('|')}] [--forgery ${CERTIFICATE_FORGERIES.join('|')}]
    [--topology ${TOPOLOGIES.join('|')}] [--relays ${RELAY_MODES.join('|')}]
    [--oscar-at <link or relay>: ${RELAY_OSCAR_SPOTS.join('|')}]
    [--public-keys known-in-advance|sent-in-hello] [--transcript off|signed] [--close off|signed]
    [--exchange ${KEY_EXCHANGES.join('|')}] [--check ${FINGERPRINT_CHECKS.join('|')}]
    [--cipher ${CIPHERS.join('|')}] [--signatures ${SIGNATURE_CHOICES.join('|')}] [--placement ${PLACEMENTS.join('|')}]
    [--certificates off|on] [--rsa 1024|2048|3072|4096] [--aes 128|256] [--curve ${CURVES.join('|')}]
Names: ${PRESET_IDS.join(', ')}`;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

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
  let overrides: Partial<ScenarioConfig> = {};
  let presence: OscarPresence | undefined;
  let forgery: CertificateForgery | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--json') json = true;
    else if (arg === '--message') overrides = { ...overrides, message: value() };
    else if (arg === '--rsa') {
      const bits = Number(value());
      if (!isRsaBits(bits)) throw new UsageError('--rsa must be 1024, 2048, 3072 or 4096.');
      overrides = { ...overrides, rsaBits: bits };
    } else if (arg === '--aes') {
      const bits = Number(value());
      if (!isAesBits(bits)) throw new UsageError('--aes must be 128 or 256.');
      overrides = { ...overrides, aesBits: bits };
    } else if (arg === '--oscar') presence = oneOf(arg, value(), OSCAR_CHOICES);
    else if (arg === '--topology')
      overrides = { ...overrides, topology: oneOf(arg, value(), TOPOLOGIES) };
    else if (arg === '--relays')
      overrides = {
        ...overrides,
        topology: 'two-relays',
        relayMode: oneOf(arg, value(), RELAY_MODES),
      };
    else if (arg === '--oscar-at')
      overrides = { ...overrides, oscarAt: oneOf(arg, value(), RELAY_OSCAR_SPOTS) };
    else if (arg === '--public-keys')
      overrides = {
        ...overrides,
        publicKeys: oneOf(arg, value(), ['known-in-advance', 'sent-in-hello'] as const),
      };
    else if (arg === '--transcript')
      overrides = { ...overrides, transcript: oneOf(arg, value(), ['off', 'signed'] as const) };
    else if (arg === '--close')
      overrides = { ...overrides, closeAuth: oneOf(arg, value(), ['off', 'signed'] as const) };
    else if (arg === '--exchange')
      overrides = { ...overrides, keyExchange: oneOf<KeyExchange>(arg, value(), KEY_EXCHANGES) };
    else if (arg === '--check')
      overrides = {
        ...overrides,
        check: oneOf<FingerprintCheck>(arg, value(), FINGERPRINT_CHECKS),
      };
    else if (arg === '--curve') overrides = { ...overrides, curve: oneOf(arg, value(), CURVES) };
    else if (arg === '--cipher') overrides = { ...overrides, cipher: oneOf(arg, value(), CIPHERS) };
    else if (arg === '--signatures')
      overrides = { ...overrides, signatures: oneOf(arg, value(), SIGNATURE_CHOICES) };
    else if (arg === '--placement')
      overrides = { ...overrides, signaturePlacement: oneOf(arg, value(), PLACEMENTS) };
    else if (arg === '--certificates')
      overrides = { ...overrides, certificates: oneOf(arg, value(), ['off', 'on'] as const) };
    else if (arg === '--forgery') forgery = oneOf(arg, value(), CERTIFICATE_FORGERIES);
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-')) throw new UsageError(`Unknown flag ${arg}.`);
    else if (scenario === undefined) scenario = arg;
    else throw new UsageError(`Unexpected argument "${arg}".`);
  }
  if (scenario === undefined) throw new UsageError('Name a lesson or scenario.');
  if (!isPresetId(scenario)) throw new UsageError(`Unknown name "${scenario}".`);
  const config: ScenarioConfig = { ...presetConfig(scenario), ...overrides };
  let plan: OscarPlan = presence ? planFor(presence) : PRESETS[scenario].plan;
  if (forgery) {
    if (plan.presence !== 'mitm')
      throw new UsageError('--forgery needs Oscar in the middle (--oscar mitm).');
    plan = { presence: 'mitm', forgery };
  }
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
  const trace = await runScenario(options.scenario, options.config, options.plan, new KeyCache());
  console.log(options.json ? JSON.stringify(traceToJson(trace), null, 2) : narratedLog(trace));
}

await main();
