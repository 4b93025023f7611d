import { importVerifyKey } from '../../crypto/signatures.ts';
import { say } from '../../text/messages/engine.ts';
import { signatureScheme } from '../exchange/verify-keys.ts';
import { oscarTriesToRead } from '../oscar.ts';
import { fieldBytes } from '../packets.ts';
import { SPECIAL_SCENARIO_IDS } from '../scenarios/names.ts';
import { forwardUnchanged, type OscarStrategy } from './strategy.ts';

/** He copies every packet, tries every key he holds on it, and lets it through unchanged. */
export const passive: OscarStrategy = {
  label: 'passive: copies everything',
  scenarios: ['conversation', 'handshake', 'relays', ...SPECIAL_SCENARIO_IDS],
  start: (context) => async (packet) => {
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
  },
};
