import { signMessage } from '../../crypto/signatures.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
import { signatureScheme } from '../exchange/verify-keys.ts';
import { closeBytes, closePacket } from '../handshake/packets.ts';
import type { Packet } from '../packet-types.ts';
import { fieldBytes } from '../packets.ts';
import type { OscarContext } from './context.ts';
import { copyAndForward, readLater } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import { actAndRead } from './search-hand.ts';
import { isMessage, messageName } from './search-move.ts';
import type { OscarStrategy } from './strategy.ts';

/**
 * Truncation: after Alice's first message he sends Bob a CLOSE in her name and drops
 * everything else she sends. An authenticated CLOSE needs her signature; he can only sign
 * with his own key. Under the key schedule the end is close_notify, a record under Alice's
 * traffic key: his plain CLOSE does not open as a record.
 */
export const forgeClose: OscarStrategy = {
  label: settingSays('strategy.forge-close'),
  defaults: {},
  scenarios: ['handshake'],
  searchMoves: [
    {
      id: 'forge-close',
      group: 'handshake',
      scenarios: ['handshake'],
      fits: (packet) => isMessage(packet) && packet.from === 'alice',
      act: async (hand, packet) => {
        const close = await forgedClose(hand.context);
        return actAndRead(hand, packet, { do: 'inject', with: [close.packet] }, close.story);
      },
      says: (packet) => say('move.forge-close', { actor: 'oscar', message: messageName(packet) }),
      stoppedBy: say('move.forge-close.stopped-by'),
    },
  ],
  start: (context) => {
    let cut = false;
    return async (packet) => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      if (cut && packet.from === 'alice')
        return {
          action: { do: 'drop' },
          attempt: { ...reading, detail: say('attempt.cut-line') },
        };
      if (packet.messageId === 'm1') {
        cut = true;
        const close = await forgedClose(context);
        return {
          action: { do: 'inject', with: [close.packet] },
          attempt: { ...reading, detail: close.story },
          ...readLater(context, packet, reading),
        };
      }
      return copyAndForward(context, packet, reading);
    };
  },
};

/** His CLOSE in Alice's name, and the story of it: "He lets it through, then sends …". */
async function forgedClose(context: OscarContext): Promise<{ packet: Packet; story: EngineText }> {
  const address = context.nextAddress('alice', 'bob');
  if (context.config.closeAuth !== 'signed') {
    return {
      packet: { ...closePacket(address, null), id: `${address.id}-oscar`, forgedBy: 'oscar' },
      story: say('attempt.forged-close'),
    };
  }
  // He saw both nonces go past; the count says one message; the signature is his own.
  const nonce = (kind: Packet['kind']) => {
    const seen = context.seen.find((p) => p.kind === kind);
    return seen ? fieldBytes(seen, 'nonce') : new Uint8Array();
  };
  const { signatures, rsaBits } = context.config;
  const scheme = await signatureScheme(signatures === 'off' ? 'rsa-pss' : signatures);
  const own = await context.keys.signing('oscar', scheme, rsaBits);
  const signature = await signMessage(
    own.pair.privateKey,
    closeBytes(nonce('hello'), nonce('hello-ack'), 1),
  );
  return {
    packet: {
      ...closePacket(address, { count: 1, signature }),
      id: `${address.id}-oscar`,
      forgedBy: 'oscar',
    },
    story: say('attempt.forged-close-signed', { fingerprint: own.info.fingerprint.short }),
  };
}
