import { AES_SIZES } from '../crypto/aes.ts';
import { RSA_SIZES, RSA_STRENGTH } from '../crypto/rsa.ts';
import { type SettingText, settingSays as says } from '../text/messages/settings.ts';
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
  { value: 'off', label: says('setting.oscar.off') },
  ...(Object.keys(OSCAR_STRATEGIES) as StrategyId[]).map((id) => ({
    value: id,
    label: OSCAR_STRATEGIES[id].label,
  })),
];

/** Oscar: off, or any strategy (a strategy with no part in the run is refused when it runs). */
const CHOOSE_OSCAR = choiceSetting<OscarPresence>({
  name: 'oscar',
  label: says('setting.oscar'),
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
  description: says('when.relays'),
};
const IN_HANDSHAKE = {
  test: ({ config }: ScenarioSettings) => config.protocol === 'handshake',
  description: says('when.handshake'),
};

const OSCAR_SPOT_LABELS: Record<string, SettingText> = {
  'alice-broker-1': says('setting.oscar-at.link', { from: 'alice', to: 'broker-1' }),
  'broker-1-broker-2': says('setting.oscar-at.link', { from: 'broker-1', to: 'broker-2' }),
  'broker-2-bob': says('setting.oscar-at.link', { from: 'broker-2', to: 'bob' }),
  'broker-1': says('setting.oscar-at.inside', { relay: 'broker-1' }),
  'broker-2': says('setting.oscar-at.inside', { relay: 'broker-2' }),
};

/** Where the run happens and how the relays work: seed 002's and seed 003's dimensions. */
const TOPOLOGY_SETTINGS: readonly Setting[] = [
  configSetting('protocol', says('setting.protocol'), 'protocol', [
    { value: 'conversation', label: says('setting.protocol.conversation') },
    { value: 'handshake', label: says('setting.protocol.handshake') },
  ]),
  choiceSetting<TopologyChoice>({
    name: 'topology',
    label: says('setting.topology'),
    choices: [
      { value: 'direct', label: says('setting.topology.direct') },
      { value: 'two-relays', label: says('setting.topology.two-relays') },
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
      description: says('when.conversation'),
    },
  }),
  choiceSetting<RelayMode>({
    name: 'relays',
    label: says('setting.relays'),
    choices: [
      { value: 'group-key', label: says('setting.relays.group-key') },
      { value: 'hop-by-hop', label: says('setting.relays.hop-by-hop') },
      { value: 'end-to-end', label: says('setting.relays.end-to-end') },
    ],
    read: ({ config }) => config.relayMode,
    write: (settings, relayMode) => ({ ...settings, config: { ...settings.config, relayMode } }),
    appliesWhen: ON_RELAYS,
  }),
  choiceSetting<string>({
    name: 'oscar-at',
    label: says('setting.oscar-at'),
    choices: RELAY_OSCAR_SPOTS.map((value) => {
      const label = OSCAR_SPOT_LABELS[value];
      if (!label) throw new Error(`Oscar's place ${value} has no label`);
      return { value, label };
    }),
    read: ({ config }) => config.oscarAt,
    write: (settings, oscarAt) => ({ ...settings, config: { ...settings.config, oscarAt } }),
    appliesWhen: ON_RELAYS,
  }),
  choiceSetting<PublicKeysChoice>({
    name: 'public-keys',
    label: says('setting.public-keys'),
    choices: [
      { value: 'known-in-advance', label: says('setting.public-keys.known-in-advance') },
      { value: 'sent-in-hello', label: says('setting.public-keys.sent-in-hello') },
    ],
    read: ({ config }) => config.publicKeys,
    write: (settings, publicKeys) => ({ ...settings, config: { ...settings.config, publicKeys } }),
    appliesWhen: IN_HANDSHAKE,
  }),
  choiceSetting<TranscriptChoice>({
    name: 'transcript',
    label: says('setting.transcript'),
    choices: [
      { value: 'off', label: says('setting.as-in-seed-003') },
      { value: 'signed', label: says('setting.transcript.signed') },
    ],
    read: ({ config }) => config.transcript,
    write: (settings, transcript) => ({ ...settings, config: { ...settings.config, transcript } }),
    appliesWhen: IN_HANDSHAKE,
  }),
  choiceSetting<KeyScheduleChoice>({
    name: 'key-schedule',
    label: says('setting.key-schedule'),
    choices: [
      { value: 'off', label: says('setting.as-in-seed-003') },
      { value: 'tls13', label: says('setting.key-schedule.tls13') },
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
    label: says('setting.close'),
    choices: [
      { value: 'off', label: says('setting.close.off') },
      { value: 'signed', label: says('setting.close.signed') },
    ],
    read: ({ config }) => config.closeAuth,
    write: (settings, closeAuth) => ({ ...settings, config: { ...settings.config, closeAuth } }),
    appliesWhen: {
      test: (settings) => IN_HANDSHAKE.test(settings) && settings.config.keySchedule === 'off',
      description: says('when.close'),
    },
  }),
];

export const MESSAGE_SETTING: Setting = {
  name: 'message',
  label: says('setting.message'),
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
    label: says('setting.forgery'),
    choices: CERTIFICATE_FORGERIES.map((value) => ({ value, label: FORGERY_LABELS[value] })),
    read: ({ plan }) => (plan.presence === 'mitm' && plan.forgery) || 'no-certificate',
    write: (settings, forgery) => ({ ...settings, plan: { presence: 'mitm', forgery } }),
    appliesWhen: {
      test: ({ config, plan }) => plan.presence === 'mitm' && config.certificates === 'on',
      description: says('when.forgery'),
    },
  }),
  choiceSetting<'off' | 'on'>({
    name: 'next-session',
    label: says('setting.next-session'),
    choices: [
      { value: 'off', label: says('setting.next-session.off') },
      { value: 'on', label: says('setting.next-session.on') },
    ],
    read: ({ plan }) => (plan.presence === 'steal-key-later' && plan.nextSession ? 'on' : 'off'),
    write: (settings, next) => ({
      ...settings,
      plan: { presence: 'steal-key-later', nextSession: next === 'on' },
    }),
    appliesWhen: {
      test: ({ plan }) => plan.presence === 'steal-key-later',
      description: says('when.steal-later'),
    },
  }),
  configSetting('exchange', says('setting.exchange'), 'keyExchange', [
    { value: 'none', label: says('setting.exchange.none') },
    { value: 'pre-shared', label: says('setting.exchange.pre-shared') },
    { value: 'rsa', label: says('setting.exchange.rsa') },
    { value: 'ecdh', label: says('setting.exchange.ecdh') },
  ]),
  configSetting('check', says('setting.check'), 'check', [
    { value: 'off', label: says('setting.off') },
    { value: 'in-band', label: says('setting.check.in-band') },
    { value: 'out-of-band', label: says('setting.check.out-of-band') },
  ]),
  configSetting('certificates', says('setting.certificates'), 'certificates', [
    { value: 'off', label: says('setting.off') },
    { value: 'on', label: says('setting.certificates.on') },
  ]),
  configSetting('cipher', says('setting.cipher'), 'cipher', [
    { value: 'aes-gcm', label: says('setting.cipher.aes-gcm') },
    { value: 'aes-ctr', label: says('setting.cipher.aes-ctr') },
  ]),
  configSetting('signatures', says('setting.signatures'), 'signatures', [
    { value: 'off', label: says('setting.off') },
    { value: 'rsa-pss', label: says('setting.signatures.rsa-pss') },
    { value: 'ecdsa', label: says('setting.signatures.ecdsa') },
    { value: 'ed25519', label: says('setting.signatures.ed25519') },
  ]),
  configSetting('placement', says('setting.placement'), 'signaturePlacement', [
    { value: 'clear', label: says('setting.placement.clear') },
    { value: 'inside', label: says('setting.placement.inside') },
  ]),
  configSetting('sequence-numbers', says('setting.sequence-numbers'), 'sequenceNumbers', [
    { value: 'off', label: says('setting.off') },
    { value: 'on', label: says('setting.sequence-numbers.on') },
    { value: 'bound', label: says('setting.sequence-numbers.bound') },
  ]),
  configSetting('ephemeral', says('setting.ephemeral'), 'ephemeral', [
    { value: 'on', label: says('setting.ephemeral.on') },
    { value: 'off', label: says('setting.ephemeral.off') },
  ]),
  configSetting(
    'rsa',
    says('setting.rsa'),
    'rsaBits',
    RSA_SIZES.map((bits) => ({
      value: bits,
      // As a word, not a number: "2048 bits", never "2,048 bits".
      label: says('setting.rsa.bits', { bits: String(bits), strength: RSA_STRENGTH[bits] }),
    })),
  ),
  configSetting(
    'aes',
    says('setting.aes'),
    'aesBits',
    AES_SIZES.map((bits) => ({
      value: bits,
      label: says('setting.aes.bits', { bits: String(bits) }),
    })),
  ),
  configSetting('curve', says('setting.curve'), 'curve', [
    { value: 'auto', label: says('setting.curve.auto') },
    { value: 'P-256', label: says('setting.curve.P-256') },
    { value: 'X25519', label: says('setting.curve.X25519') },
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
  /** Why this value was not used. */
  readonly reason: SettingText;
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
        reason: says('setting.applies-only-when', { when: setting.appliesWhen.description }),
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
