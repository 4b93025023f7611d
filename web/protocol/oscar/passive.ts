import { importVerifyKey } from '../../crypto/signatures.ts';
import { say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
import { signatureScheme } from '../exchange/verify-keys.ts';
import type { Packet } from '../packet-types.ts';
import { fieldBytes } from '../packets.ts';
import type { PartyId } from '../parties.ts';
import { SPECIAL_SCENARIO_IDS } from '../scenarios/names.ts';
import { forwardUnchanged, type Interception, type OscarContext } from './context.ts';
import { oscarTriesToRead } from './holdings.ts';
import type { OscarStrategy } from './strategy.ts';

export interface PassiveOptions {
  /** Texts he checks against any signature he sees in the clear. */
  readonly guesses?: readonly string[];
  /** Before the run he copied every key that party holds (through relays). */
  readonly stolenFrom?: PartyId;
}

/** He copies every packet, tries every key he holds on it, and lets it through unchanged. */
export const passive: OscarStrategy<PassiveOptions> = {
  label: settingSays('strategy.passive'),
  defaults: {},
  scenarios: ['conversation', 'handshake', 'relays', ...SPECIAL_SCENARIO_IDS],
  gridRows: (defences) => [
    { options: {} },
    {
      variant: 'inside-relay',
      label: settingSays('row.passive.inside-relay'),
      options: {},
      elsewhere: {
        scenario: 'relays',
        config: {
          ...defences,
          signatures: 'off', // seed 002's brokers do not sign
          topology: 'two-relays',
          oscarAt: 'broker-1',
        },
      },
    },
  ],
  start: (context, options) => {
    context.oscar.guesses.push(...(options.guesses ?? []));
    return (packet) => copyAndTry(context, packet);
  },
};

async function copyAndTry(context: OscarContext, packet: Packet): Promise<Interception> {
  if (packet.kind === 'verify-key' && context.config.signatures !== 'off') {
    const scheme = await signatureScheme(context.config.signatures);
    context.oscar.verifyKeys.set(
      packet.from,
      await importVerifyKey(scheme, fieldBytes(packet, 'public key')),
    );
  }
  const attempt = await oscarTriesToRead(packet, context.oscar);
  const { messageId } = packet;
  const text = attempt.text;
  return {
    ...forwardUnchanged(
      attempt,
      attempt.readable && text !== undefined && messageId
        ? () =>
            context.read(
              'oscar',
              messageId,
              text,
              say('narration.oscar-reads', { actor: 'oscar', text }),
            )
        : undefined,
    ),
    narration: say('narration.copies-and-tries', {
      actor: 'oscar',
      packet: packet.label,
      from: packet.from,
      to: packet.to,
      detail: attempt.detail,
    }),
  };
}
