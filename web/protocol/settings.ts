import { AES_SIZES } from '../crypto/aes.ts';
import { RSA_SIZES, RSA_STRENGTH } from '../crypto/rsa.ts';
import {
  CERTIFICATE_FORGERIES,
  type CertificateForgery,
  type CloseAuthChoice,
  type KeyScheduleChoice,
  type PublicKeysChoice,
  type RelayMode,
  type TopologyChoice,
  type TranscriptChoice,
} from './config-types.ts';
import { FORGERY_LABELS } from './oscar/forgeries/labels.ts';
import type { OscarPresence } from './oscar/plan.ts';
import { planFor } from './oscar/plan-for.ts';
import { OSCAR_STRATEGIES, type StrategyId } from './oscar/registry.ts';
import { DEFAULT_CONFIG, DEFAULT_MESSAGE, messageProblem } from './presets.ts';
import {
  choiceSetting,
  configSetting,
  type ScenarioSettings,
  type Setting,
  type TypedChoice,
} from './setting-kinds.ts';
import { RELAY_OSCAR_SPOTS } from './topology.ts';

/**
 * Every setting a user can change, declared once. The sandbox controls, the sandbox link
 * (`#/sandbox?name=value`) and the command line (`--name value`) are all drawn from this list.
 */

/** Oscar's choices: off, then every registered strategy, named as its module names it. */
const PRESENCES: readonly TypedChoice<OscarPresence>[] = [
  { value: 'off', label: 'off the wire' },
  ...(Object.keys(OSCAR_STRATEGIES) as StrategyId[]).map((id) => ({
    value: id,
    label: OSCAR_STRATEGIES[id].label,
  })),
];

/** Oscar: off, or any strategy (a strategy with no part in the run is refused when it runs). */
const CHOOSE_OSCAR = choiceSetting<OscarPresence>({
  name: 'oscar',
  label: 'Oscar',
  choices: PRESENCES,
  read: (settings) => settings.plan.presence,
  write: (settings, presence) => ({
    ...settings,
    plan: planFor(presence, settings.config.message),
  }),
});

const ON_RELAYS = {
  test: ({ config }: ScenarioSettings) =>
    config.protocol === 'conversation' && config.topology === 'two-relays',
  description: 'the topology is two relays',
};
const IN_HANDSHAKE = {
  test: ({ config }: ScenarioSettings) => config.protocol === 'handshake',
  description: 'the protocol is seed 003’s handshake',
};

const OSCAR_SPOT_LABELS: Record<string, string> = {
  'alice-broker-1': 'on the link Alice – Broker 1',
  'broker-1-broker-2': 'on the link Broker 1 – Broker 2',
  'broker-2-bob': 'on the link Broker 2 – Bob',
  'broker-1': 'inside Broker 1',
  'broker-2': 'inside Broker 2',
};

/** Where the run happens and how the relays work: seed 002's and seed 003's dimensions. */
const TOPOLOGY_SETTINGS: readonly Setting[] = [
  configSetting('protocol', 'Protocol', 'protocol', [
    { value: 'conversation', label: 'a conversation (seeds 000, 001, 004)' },
    { value: 'handshake', label: 'HELLO … CLOSE (seed 003)' },
  ]),
  choiceSetting<TopologyChoice>({
    name: 'topology',
    label: 'Topology',
    choices: [
      { value: 'direct', label: 'Alice and Bob on one wire' },
      { value: 'two-relays', label: 'through two relays (seed 002)' },
    ],
    read: ({ config }) => config.topology,
    // Oscar keeps a place that exists in the topology chosen.
    write: (settings, topology) => ({
      ...settings,
      config: {
        ...settings.config,
        topology,
        oscarAt: topology === 'direct' ? 'wire' : 'broker-1-broker-2',
      },
    }),
    appliesWhen: {
      test: ({ config }) => config.protocol === 'conversation',
      description: 'the protocol is a conversation',
    },
  }),
  choiceSetting<RelayMode>({
    name: 'relays',
    label: 'Relays',
    choices: [
      { value: 'group-key', label: 'one group key for every link (seed 002)' },
      { value: 'hop-by-hop', label: 'hop by hop: a key per link, each relay re-encrypts' },
      { value: 'end-to-end', label: 'end to end: relays pass ciphertext' },
    ],
    read: ({ config }) => config.relayMode,
    write: (settings, relayMode) => ({ ...settings, config: { ...settings.config, relayMode } }),
    appliesWhen: ON_RELAYS,
  }),
  choiceSetting<string>({
    name: 'oscar-at',
    label: 'Oscar sits on a link or in a relay',
    choices: RELAY_OSCAR_SPOTS.map((value) => ({
      value,
      label: OSCAR_SPOT_LABELS[value] ?? value,
    })),
    read: ({ config }) => config.oscarAt,
    write: (settings, oscarAt) => ({ ...settings, config: { ...settings.config, oscarAt } }),
    appliesWhen: ON_RELAYS,
  }),
  choiceSetting<PublicKeysChoice>({
    name: 'public-keys',
    label: 'Public keys',
    choices: [
      { value: 'known-in-advance', label: 'known in advance (seed 003’s assumption)' },
      { value: 'sent-in-hello', label: 'sent in HELLO and HELLO+ACK' },
    ],
    read: ({ config }) => config.publicKeys,
    write: (settings, publicKeys) => ({ ...settings, config: { ...settings.config, publicKeys } }),
    appliesWhen: IN_HANDSHAKE,
  }),
  choiceSetting<TranscriptChoice>({
    name: 'transcript',
    label: 'Handshake signature',
    choices: [
      { value: 'off', label: 'off (as in seed 003)' },
      { value: 'signed', label: 'the server signs HELLO … key' },
    ],
    read: ({ config }) => config.transcript,
    write: (settings, transcript) => ({ ...settings, config: { ...settings.config, transcript } }),
    appliesWhen: IN_HANDSHAKE,
  }),
  choiceSetting<KeyScheduleChoice>({
    name: 'key-schedule',
    label: 'Key schedule and Finished',
    choices: [
      { value: 'off', label: 'off (as in seed 003)' },
      {
        value: 'tls13',
        label:
          'TLS 1.3’s shape: transcript hash, HKDF keys, Finished, numbered records, close_notify',
      },
    ],
    read: ({ config }) => config.keySchedule,
    write: (settings, keySchedule) => ({
      ...settings,
      config: { ...settings.config, keySchedule },
    }),
    appliesWhen: IN_HANDSHAKE,
  }),
  choiceSetting<CloseAuthChoice>({
    name: 'close',
    label: 'CLOSE',
    choices: [
      { value: 'off', label: 'plain (as in seed 003)' },
      { value: 'signed', label: 'signed, with the message count' },
    ],
    read: ({ config }) => config.closeAuth,
    write: (settings, closeAuth) => ({ ...settings, config: { ...settings.config, closeAuth } }),
    appliesWhen: {
      test: (settings) => IN_HANDSHAKE.test(settings) && settings.config.keySchedule === 'off',
      description:
        'the protocol is seed 003’s handshake without the key schedule (close_notify replaces CLOSE)',
    },
  }),
];

export const MESSAGE_SETTING: Setting = {
  name: 'message',
  label: 'Alice’s message',
  kind: 'text',
  choices: [],
  format: (settings) => settings.config.message,
  apply: (settings, written) => {
    const problem = messageProblem(written);
    if (problem) return { problem };
    return { settings: { ...settings, config: { ...settings.config, message: written } } };
  },
};

/** Choices in the order the controls show them; the message last, so links end with it. */
export const SETTINGS: readonly Setting[] = [
  CHOOSE_OSCAR,
  choiceSetting<CertificateForgery>({
    name: 'forgery',
    label: 'Oscar presents',
    choices: CERTIFICATE_FORGERIES.map((value) => ({ value, label: FORGERY_LABELS[value] })),
    read: ({ plan }) => (plan.presence === 'mitm' && plan.forgery) || 'no-certificate',
    write: (settings, forgery) => ({ ...settings, plan: { presence: 'mitm', forgery } }),
    appliesWhen: {
      test: ({ config, plan }) => plan.presence === 'mitm' && config.certificates === 'on',
      description: 'Oscar is in the middle and certificates are on',
    },
  }),
  choiceSetting<'off' | 'on'>({
    name: 'next-session',
    label: 'After the theft',
    choices: [
      { value: 'off', label: 'nothing more' },
      { value: 'on', label: 'one more session, Oscar using what he stole' },
    ],
    read: ({ plan }) => (plan.presence === 'steal-key-later' && plan.nextSession ? 'on' : 'off'),
    write: (settings, next) => ({
      ...settings,
      plan: { presence: 'steal-key-later', nextSession: next === 'on' },
    }),
    appliesWhen: {
      test: ({ plan }) => plan.presence === 'steal-key-later',
      description: 'Oscar steals Bob’s keys later',
    },
  }),
  configSetting('exchange', 'Key exchange', 'keyExchange', [
    { value: 'none', label: 'none: plain text' },
    { value: 'pre-shared', label: 'a key they already share' },
    { value: 'rsa', label: 'RSA key transport' },
    { value: 'ecdh', label: 'ECDH (Diffie-Hellman)' },
  ]),
  configSetting('check', 'Fingerprint check', 'check', [
    { value: 'off', label: 'off' },
    { value: 'in-band', label: 'automatic hash of both keys (in band)' },
    { value: 'out-of-band', label: 'safety numbers by phone (out of band)' },
  ]),
  configSetting('certificates', 'Certificates', 'certificates', [
    { value: 'off', label: 'off' },
    { value: 'on', label: 'on: a CA vouches for Bob’s key' },
  ]),
  configSetting('cipher', 'Cipher', 'cipher', [
    { value: 'aes-gcm', label: 'AES-GCM (authenticated)' },
    { value: 'aes-ctr', label: 'AES-CTR (no integrity)' },
  ]),
  configSetting('signatures', 'Signatures', 'signatures', [
    { value: 'off', label: 'off' },
    { value: 'rsa-pss', label: 'RSA-PSS (SHA-256)' },
    { value: 'ecdsa', label: 'ECDSA P-256' },
    { value: 'ed25519', label: 'Ed25519 if supported, else ECDSA' },
  ]),
  configSetting('placement', 'Signature placement', 'signaturePlacement', [
    { value: 'clear', label: 'in the clear (seed 004)' },
    { value: 'inside', label: 'inside the encryption' },
  ]),
  configSetting('sequence-numbers', 'Sequence numbers', 'sequenceNumbers', [
    { value: 'off', label: 'off' },
    {
      value: 'on',
      label: 'on: each message numbered; authenticated only if a GCM tag or a signature covers it',
    },
    { value: 'bound', label: 'bound: numbered, and bound to this session and direction' },
  ]),
  configSetting('ephemeral', 'ECDH key pairs', 'ephemeral', [
    { value: 'on', label: 'ephemeral: fresh for each session, then thrown away' },
    { value: 'off', label: 'static: one long-term pair reused in every session' },
  ]),
  configSetting(
    'rsa',
    'RSA key size',
    'rsaBits',
    RSA_SIZES.map((bits) => ({ value: bits, label: `${bits} bits (${RSA_STRENGTH[bits]})` })),
  ),
  configSetting(
    'aes',
    'AES key size',
    'aesBits',
    AES_SIZES.map((bits) => ({ value: bits, label: `${bits} bits (sound)` })),
  ),
  configSetting('curve', 'ECDH curve', 'curve', [
    { value: 'auto', label: 'X25519 if supported, else P-256' },
    { value: 'P-256', label: 'P-256' },
    { value: 'X25519', label: 'X25519' },
  ]),
  ...TOPOLOGY_SETTINGS,
  MESSAGE_SETTING,
];

export function settingNamed(name: string): Setting | undefined {
  return SETTINGS.find((s) => s.name === name);
}

/** Where the sandbox starts, and what a link leaves out. */
export const DEFAULT_SETTINGS: ScenarioSettings = {
  config: { ...DEFAULT_CONFIG, message: DEFAULT_MESSAGE },
  plan: { presence: 'mitm' },
};

export interface SettingRejected {
  readonly name: string;
  readonly written: string;
  /** A sentence: why this value was not used. */
  readonly reason: string;
}

/**
 * Applies written values (name → value) to `base`, in the order of SETTINGS, conditional
 * settings last so that what they depend on is already set. Names not in SETTINGS are the
 * caller's to report. Returns the settings and every value that was not used, with why.
 */
export function applySettings(
  base: ScenarioSettings,
  written: ReadonlyMap<string, string>,
  among: readonly Setting[] = SETTINGS,
): { settings: ScenarioSettings; rejected: SettingRejected[] } {
  let settings = base;
  const rejected: SettingRejected[] = [];
  const ordered = [...among.filter((s) => !s.appliesWhen), ...among.filter((s) => s.appliesWhen)];
  for (const setting of ordered) {
    const value = written.get(setting.name);
    if (value === undefined) continue;
    if (setting.appliesWhen && !setting.appliesWhen.test(settings)) {
      rejected.push({
        name: setting.name,
        written: value,
        reason: `It applies only when ${setting.appliesWhen.description}.`,
      });
      continue;
    }
    const applied = setting.apply(settings, value);
    if ('problem' in applied)
      rejected.push({ name: setting.name, written: value, reason: applied.problem });
    else settings = applied.settings;
  }
  return { settings, rejected };
}

/** name → value for every setting that differs from `base` and means something, in SETTINGS order. */
export function settingsDifferences(
  settings: ScenarioSettings,
  base: ScenarioSettings,
): [string, string][] {
  return SETTINGS.filter((s) => !s.appliesWhen || s.appliesWhen.test(settings))
    .map((s): [string, string] => [s.name, s.format(settings)])
    .filter(([name, value]) => settingNamed(name)?.format(base) !== value);
}
