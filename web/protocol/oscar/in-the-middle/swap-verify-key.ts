import { say } from '../../../text/messages/engine.ts';
import type { Packet } from '../../packet-types.ts';
import { fieldBytes, withField } from '../../packets.ts';
import type { OscarContext } from '../context.ts';
import { forged, type Handled } from './handled.ts';
import type { OwnKeys } from './own-keys.ts';

/**
 * Oscar's own signing key goes out under the sender's name, so his signatures will verify.
 * `learned` tells, after his decision, that he keeps the sender's real verify key.
 */
export async function swapVerifyKey(
  run: OscarContext,
  own: OwnKeys,
  packet: Packet,
): Promise<{ handled: Handled; learned: () => void }> {
  const signing = await own.signing();
  const realInfo = await run.keyRegistry.describe(
    fieldBytes(packet, 'public key'),
    'signing-public',
    signing.info.algorithm,
  );
  const learned = () =>
    run.keyLearned(
      'oscar',
      realInfo,
      packet.from,
      say('narration.oscar-keeps-verify-key', {
        actor: 'oscar',
        owner: packet.from,
        fingerprint: realInfo.fingerprint.short,
      }),
    );
  const fake = forged(packet, withField(packet, 'public key', signing.pair.spki));
  return {
    learned,
    handled: {
      action: { do: 'replace', with: fake },
      attempt: {
        readable: true,
        detail: say('attempt.swaps-verify-key', {
          fingerprint: signing.info.fingerprint.short,
          owner: packet.from,
        }),
      },
    },
  };
}
