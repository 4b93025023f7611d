import { beforeAll, describe, expect, it } from 'vitest';
import {
  LOCALES,
  loadLocale,
  type Message,
  opensWith,
  PSEUDO_LOCALE,
  render,
} from '../text/index.ts';
import { engineMessages } from '../text/messages/engine-patterns.ts';
import { type CheckId, checkLabel } from './checks.ts';
import {
  CERTIFICATE_FORGERIES,
  type OscarPlan,
  type ScenarioConfig,
  type Trace,
  type TraceEvent,
} from './index.ts';
import { KeyCache } from './keyring.ts';
import { planFor } from './oscar/plan-for.ts';
import { searchMoves } from './oscar/registry.ts';
import { MOVE_GROUPS } from './oscar/search-move.ts';
import { PRESET_IDS, PRESETS, presetConfig } from './presets.ts';
import { runScenario, strategiesFor } from './scenario.ts';

/**
 * Every sentence the engine says is a catalogue key with its data. Each preset is run with its
 * own plan and with every strategy that has a part in it; every message in every event is
 * rendered in English and in the pseudo-locale: no key is unknown, no parameter is missing, no
 * brace is left over.
 */
const keys = new KeyCache();

// The pseudo-locale loads on demand, as a page with ?lang=en-XA loads it.
beforeAll(() => loadLocale(PSEUDO_LOCALE));

/** The messages an event carries: its narration, and any detail, reason, label, field note or title. */
function messagesOf(event: TraceEvent): Message[] {
  const found: Message[] = [event.narration];
  if ('detail' in event) found.push(event.detail);
  if ('reason' in event) found.push(event.reason);
  if ('packet' in event) {
    found.push(event.packet.label);
    for (const field of event.packet.fields) if (field.note) found.push(field.note);
  }
  if (event.type === 'intercepted') {
    found.push(event.attempt.detail);
    if (event.result) found.push(event.result.label);
  }
  if (event.type === 'phase') found.push(event.title);
  if (event.type === 'state') found.push(event.on);
  return found;
}

const emitted = new Set<string>();

/** Notes the message's key and the keys of the messages inside it, as said. */
function said(message: Message): void {
  emitted.add(message.key);
  for (const value of Object.values(message.params ?? {}))
    if (typeof value === 'object') said(value);
}

function expectRenders(message: Message, where: string): void {
  said(message);
  for (const locale of LOCALES) {
    const text = render(message, locale);
    expect(text, `${where}: ${message.key} in ${locale}`).not.toMatch(/[{}]|undefined|\[object/);
    if (locale === PSEUDO_LOCALE && text !== '') expect(text).toMatch(/^\[[\s\S]*\]$/);
  }
}

/** Settings that make the engine take its other paths: each is tried on every preset. */
const VARIANTS: readonly Partial<ScenarioConfig>[] = [
  {},
  { signatures: 'rsa-pss', signaturePlacement: 'clear', sequenceNumbers: 'on' },
  { signatures: 'ecdsa', signaturePlacement: 'inside', sequenceNumbers: 'bound' },
  { cipher: 'aes-ctr', keyExchange: 'pre-shared', check: 'in-band' },
  { keyExchange: 'ecdh', check: 'out-of-band', ephemeral: 'off', certificates: 'on' },
  { keyExchange: 'rsa', certificates: 'on', check: 'in-band' },
  { keyExchange: 'none' },
  { publicKeys: 'sent-in-hello', transcript: 'signed', closeAuth: 'signed' },
  { keySchedule: 'tls13' },
  { relayMode: 'group-key', oscarAt: 'broker-1' },
  { relayMode: 'end-to-end', oscarAt: 'broker-2' },
];

const MITM_FORGERIES: readonly OscarPlan[] = CERTIFICATE_FORGERIES.map((forgery) => ({
  presence: 'mitm',
  forgery,
}));

function expectTraceRenders(trace: Trace, where: string): void {
  for (const event of trace.events) {
    for (const message of messagesOf(event)) {
      expectRenders(message, `${where}, ${event.type}`);
    }
    // Nobody's name is left to chance: an event about its actor names them as `actor`.
    if (opensWith(event.narration, 'actor'))
      expect(event.narration.params?.actor).toBe(event.actor);
  }
}

describe('every sentence the engine says renders in every locale', () => {
  for (const id of PRESET_IDS) {
    it(`${id}, with its own plan and every strategy that has a part in it`, async () => {
      for (const variant of VARIANTS) {
        const config: ScenarioConfig = { ...presetConfig(id), ...variant, rsaBits: 1024 };
        const strategies = strategiesFor(PRESETS[id].scenario, config).filter(
          (p) => p !== 'scripted',
        );
        const plans: OscarPlan[] = [
          PRESETS[id].plan,
          ...strategies.map((presence) => planFor(presence, config.message)),
          ...(strategies.includes('mitm') && config.certificates === 'on' ? MITM_FORGERIES : []),
        ];
        for (const plan of plans) {
          const trace = await runScenario(PRESETS[id].scenario, config, plan, keys);
          expectTraceRenders(trace, `${id}/${JSON.stringify(variant)}/${plan.presence}`);
        }
      }
    }, 300_000);
  }

  it('the search’s moves, their defences and families, and every check’s name', () => {
    for (const move of searchMoves()) {
      expectRenders(move.says(null), move.id);
      expectRenders(move.stoppedBy, move.id);
    }
    for (const group of Object.values(MOVE_GROUPS)) expectRenders(group, 'group');
    const checks = Object.keys(engineMessages)
      .filter((key) => key.startsWith('check.'))
      .map((key) => key.slice('check.'.length) as CheckId);
    for (const check of checks) expectRenders(checkLabel(check), check);
  });

  it('the runs above say a good share of the catalogue’s sentences', () => {
    // A floor, not a census: some sentences belong to rare failures (a key that will not
    // unwrap, a record that opens but is no message) that no preset provokes.
    const all = Object.keys(engineMessages);
    const unsaid = all.filter((key) => !emitted.has(key) && !key.startsWith('check.'));
    console.info(`${emitted.size} of ${all.length} keys said; never: ${unsaid.join(' ')}`);
    expect(emitted.size / all.length).toBeGreaterThan(0.8);
  });
});
