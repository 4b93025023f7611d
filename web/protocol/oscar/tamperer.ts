import { say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
import { DEFAULT_MESSAGE } from '../fixed-texts.ts';
import { defaultTamper } from './default-tamper.ts';
import { copyAndForward, isFirstMessage, readLater } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import { actAndRead } from './search-hand.ts';
import { isMessage, messageName } from './search-move.ts';
import type { OscarStrategy } from './strategy.ts';

/** The search's bit flip: "pay 100" becomes "pay 900" under AES-CTR. */
const FLIP_BYTE = 4;
const FLIP_XOR = 0x08;

const hex = (n: number) => `0x${n.toString(16).padStart(2, '0')}`;

/**
 * He XORs one byte of Alice's first message: of its ciphertext when it is encrypted, of its
 * text when it is not. He cannot read it; he only needs to know where the byte he wants is.
 * Everything else he copies.
 */
export interface TamperOptions {
  /** Which byte of the first message he changes (0-based; past the end, the last). */
  readonly byte: number;
  /** What he XORs it with (its low 8 bits). */
  readonly xor: number;
}

export const tamperer: OscarStrategy<TamperOptions> = {
  label: settingSays('strategy.tamper'),
  defaults: defaultTamper(DEFAULT_MESSAGE),
  defaultsFor: defaultTamper,
  // Through relays, also from inside one (web/protocol/relays/oscar-inside.ts).
  scenarios: ['conversation', 'handshake', 'relays'],
  searchMoves: [
    {
      id: 'flip',
      group: 'message',
      scenarios: ['two-sessions', 'handshake'],
      fits: (packet) => isMessage(packet),
      act: (hand, packet) => {
        const field = packet.fields.some((f) => f.name === 'ciphertext') ? 'ciphertext' : 'text';
        const length = packet.fields.find((f) => f.name === field)?.bytes.length ?? 1;
        const byte = Math.min(FLIP_BYTE, length - 1);
        return actAndRead(
          hand,
          packet,
          { do: 'modify', field, byte, xor: FLIP_XOR },
          say('attempt.flips-bits', { byte: String(byte), field, xor: hex(FLIP_XOR) }),
        );
      },
      says: (packet) => say('move.flip-bit', { actor: 'oscar', message: messageName(packet) }),
      stoppedBy: say('move.flip-bit.stopped-by'),
    },
  ],
  start: (context, plan) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    if (!isFirstMessage(packet)) return copyAndForward(context, packet, reading);
    const fieldName = packet.fields.some((f) => f.name === 'ciphertext') ? 'ciphertext' : 'text';
    const original = packet.fields.find((f) => f.name === fieldName)?.bytes ?? new Uint8Array();
    const byte = Math.max(0, Math.min(plan.byte, original.length - 1));
    const xor = plan.xor & 0xff;
    const was = original[byte] ?? 0;
    return {
      action: { do: 'modify', field: fieldName, byte, xor },
      attempt: {
        ...reading,
        detail: say('attempt.changes-byte', {
          readable: reading.readable ? 'yes' : 'no',
          byte: String(byte),
          field: fieldName,
          was: hex(was),
          xor: hex(xor),
          now: hex(was ^ xor),
          to: packet.to,
        }),
      },
      narration: say('narration.flips-bits', {
        actor: 'oscar',
        packet: packet.label,
        from: packet.from,
        byte: String(byte),
        field: fieldName,
        xor: hex(xor),
      }),
      ...readLater(context, packet, reading),
    };
  },
};
