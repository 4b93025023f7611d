import type { Bytes } from '../../crypto/bytes.ts';
import type { EngineText } from '../../text/messages/engine.ts';
import type { ScenarioConfig } from '../config-types.ts';
import type { OscarAction, OscarAttempt, TagForgery } from '../events.ts';
import type { KeyRegistry } from '../key-registry.ts';
import type { KeyCache, KeyOwner } from '../keyring.ts';
import type { KeyInfo, Packet } from '../packet-types.ts';
import type { Addressing } from '../packets.ts';
import type { PartyId } from '../parties.ts';
import type { StolenKey } from '../theft.ts';
import type { OscarHoldings } from './holdings.ts';

/**
 * What a strategy may see and do: the settings, keys to make his own, what he holds and the
 * packets that passed him. It records what he learns; it cannot touch the rest of the run.
 */
export interface OscarContext {
  readonly config: ScenarioConfig;
  readonly keys: KeyCache;
  readonly keyRegistry: KeyRegistry;
  /** What he holds to try on the packets he copies. */
  readonly oscar: OscarHoldings;
  /** Packets that reached him so far, oldest first. */
  readonly seen: readonly Packet[];
  keyGenerated(actor: PartyId, key: KeyInfo, narration: EngineText): void;
  keyLearned(
    actor: PartyId,
    key: KeyInfo,
    believedOwner: PartyId | 'shared',
    narration: EngineText,
  ): void;
  read(actor: PartyId, messageId: string, text: string, narration: EngineText): void;
  /** An address for a packet he sends himself. */
  nextAddress(from: PartyId, to: PartyId): Addressing;
  /** Time passes: what follows happens in a later phase ("One year later"). */
  phase(title: EngineText, narration: EngineText): void;
  /** He worked out the first bytes of a message without its key (a repeated nonce). */
  recoveredPlaintext(messageId: string, bytes: Bytes, total: number, narration: EngineText): void;
  /** He computed a GCM tag without the key (the forbidden attack), for a packet of his own. */
  forgedTag(forgery: TagForgery, narration: EngineText): void;
  /** He breaks into `party`'s computer: every key it still holds, secret halves included. */
  breakInto(party: KeyOwner): Promise<StolenKey[]>;
  /** He now holds `key`, taken from `from` (with its private half when it is a key pair). */
  keyStolen(key: KeyInfo, from: PartyId, narration: EngineText): void;
  /** He tried a key he holds on a recorded packet; `opened` is what WebCrypto said. */
  keyTried(
    key: KeyInfo,
    packetId: string,
    opened: boolean,
    detail: EngineText,
    narration: EngineText,
  ): void;
}

/** His decision on one packet: the engine carries out `action`. */
export interface Interception {
  readonly action: OscarAction;
  /** What he tried on the packet and what came of it. */
  readonly attempt: OscarAttempt;
  /** What he learned (keys kept, messages read), told after the catch itself. */
  readonly learned?: () => void;
  /** The narration line, when "Oscar catches … . <attempt.detail>" does not fit. */
  readonly narration?: EngineText;
}

export type Interceptor = (packet: Packet) => Promise<Interception>;

/**
 * Oscar's strategy for one run, given the plan's options by whoever chose it (scenario.ts):
 * the run carries it out and never looks a strategy up.
 */
export interface StrategyAtWork {
  start(context: OscarContext): Interceptor;
  later?(context: OscarContext): Promise<Interceptor | undefined>;
}

export function forwardUnchanged(attempt: OscarAttempt, learned?: () => void): Interception {
  return { action: { do: 'forward' }, attempt, ...(learned ? { learned } : {}) };
}
