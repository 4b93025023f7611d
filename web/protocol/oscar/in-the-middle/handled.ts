import type { EngineText } from '../../../text/messages/engine.ts';
import type { OscarAction, OscarAttempt } from '../../events.ts';
import type { Packet } from '../../packet-types.ts';
import type { StolenKey } from '../../theft.ts';

/** What the man in the middle does with one packet, and what he made of it. */
export interface Handled {
  readonly action: OscarAction;
  readonly attempt: OscarAttempt;
}

export function spkiOf(key: Exclude<StolenKey, { kind: 'aes' }>): Uint8Array {
  return key.kind === 'ecdh' ? key.identity.pair.publicRaw : key.identity.pair.spki;
}

/** Oscar's packet in place of the original: same claimed sender and layout, its own id. */
export function forged(original: Packet, replacement: Packet): Packet {
  return { ...replacement, id: `${original.id}-oscar`, forgedBy: 'oscar' };
}

export function replaced(fake: Packet, detail: EngineText): Handled {
  return {
    action: { do: 'replace', with: fake },
    attempt: { readable: true, detail },
  };
}

export function forward(readable: boolean, detail: EngineText): Handled {
  return { action: { do: 'forward' }, attempt: { readable, detail } };
}
