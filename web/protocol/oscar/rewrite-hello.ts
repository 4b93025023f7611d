import { say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
import { copyAndForward } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import type { OscarStrategy } from './strategy.ts';

/**
 * He changes one bit of the nonce in Bob's HELLO+ACK on its way to Alice: the shape of a
 * downgrade, where an attacker edits the handshake so that each side saw something else.
 * He holds no key; whether anyone notices depends on what covers the handshake.
 */
export const rewriteHello: OscarStrategy = {
  label: settingSays('strategy.rewrite-hello'),
  defaults: {},
  scenarios: ['handshake'],
  start: (context) => async (packet) => {
    const reading = await oscarTriesToRead(packet, context.oscar);
    if (packet.kind !== 'hello-ack' || packet.from !== 'bob')
      return copyAndForward(context, packet, reading);
    return {
      action: { do: 'modify', field: 'nonce', byte: 0, xor: 0x01 },
      attempt: {
        ...reading,
        detail: say('attempt.nonce-flipped'),
      },
    };
  },
};
