import { say } from '../../text/messages/engine.ts';
import type { OscarAttempt } from '../events.ts';
import type { Packet } from '../packet-types.ts';
import type { Interception, OscarContext } from './context.ts';

/** Alice's first application message: the one the tamperer and the forger go for. */
export function isFirstMessage(packet: Packet): boolean {
  return packet.messageId === 'm1';
}

/** When he could read the packet: records that he read it (told after the catch). */
export function readLater(
  context: OscarContext,
  packet: Packet,
  attempt: OscarAttempt,
): { learned?: () => void } {
  const { messageId } = packet;
  const text = attempt.text;
  return attempt.readable && text !== undefined && messageId
    ? {
        learned: () =>
          context.read(
            'oscar',
            messageId,
            text,
            say('narration.oscar-reads', { actor: 'oscar', text }),
          ),
      }
    : {};
}

/** He copies the packet, reads what he can of it, and lets it through unchanged. */
export function copyAndForward(
  context: OscarContext,
  packet: Packet,
  reading: OscarAttempt,
): Interception {
  return { action: { do: 'forward' }, attempt: reading, ...readLater(context, packet, reading) };
}
