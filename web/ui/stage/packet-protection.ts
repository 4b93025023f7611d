import type { Packet } from '../../protocol/index.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-stage-run.ts';

/** What protects a packet, as a student should see it at a glance on the wire. */
export type ProtectionMark = 'open' | 'locked' | 'signed' | 'forged';

/** A mark's word: "locked", "forged by Oscar". */
export function protectionLabel(mark: ProtectionMark): string {
  return t(`ui.mark.${mark}`);
}

/** Fields that carry someone's signature, readable on the wire. */
const SIGNED_FIELDS = new Set(['signature', 'certificate']);

/**
 * Open or locked (encrypted), signed when a signature travels with it, forged when Oscar made
 * it or put it in place of the one that was sent. Read from the packet, never from the lesson.
 */
export function protectionOf(packet: Packet, swapped: boolean): ProtectionMark[] {
  const marks: ProtectionMark[] = [packet.encrypted ? 'locked' : 'open'];
  if (packet.fields.some((field) => SIGNED_FIELDS.has(field.name))) marks.push('signed');
  if (swapped || packet.forgedBy === 'oscar') marks.push('forged');
  return marks;
}
