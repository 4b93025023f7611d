import { m, useReducedMotion } from 'framer-motion';
import { BEAT_MS } from '../../store/playback-slice.ts';
import { selectSelectedPacketId, selectSpeed } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import type { Place } from './layout.ts';
import { ProtectionMarks } from './ProtectionMarks.tsx';
import { type PacketOnStage, stopParty } from './packet-position.ts';
import { PROTECTION_LABELS, protectionOf } from './packet-protection.ts';

function totalBytes(onStage: PacketOnStage): number {
  return onStage.packet.fields.reduce((sum, f) => sum + f.bytes.length, 0);
}

/** The packet travelling on the wire; a button that opens it in the inspector. */
export function PacketSprite({
  onStage,
  places,
}: {
  onStage: PacketOnStage;
  places: ReadonlyMap<string, Place>;
}) {
  const speed = useLab(selectSpeed);
  const selected = useLab(selectSelectedPacketId);
  const selectPacket = useLab((s) => s.selectPacket);
  const reduced = useReducedMotion();
  const { packet, stop } = onStage;
  const x = places.get(stopParty(packet, stop))?.x ?? 50;
  const duration = reduced || speed === 'instant' ? 0 : (BEAT_MS * 0.55) / speed / 1000;
  const label = packet.label.charAt(0).toUpperCase() + packet.label.slice(1);
  const marks = protectionOf(packet, onStage.swapped);
  const forged = marks.includes('forged');

  return (
    <m.button
      type="button"
      className={`packet${packet.encrypted ? ' is-encrypted' : ''}${stop === 'oscar' ? ' at-oscar' : ''}${forged ? ' is-forged' : ''}${packet.channel === 'wire' ? '' : ` on-${packet.channel}`}${selected === packet.id ? ' is-selected' : ''}`}
      initial={{ left: `${x}%`, x: `-${x}%`, y: '-50%' }}
      animate={{ left: `${x}%`, x: `-${x}%`, y: '-50%' }}
      transition={{ duration, ease: 'easeInOut' }}
      onClick={() => selectPacket(packet.id)}
      aria-label={`${label}, ${totalBytes(onStage)} B: ${marks.map((m) => PROTECTION_LABELS[m]).join(', ')}. Inspect its bytes.`}
      data-testid="packet-sprite"
      data-protection={marks.join(' ')}
    >
      <span className="packet-name">
        <span className="packet-label">{label}</span>{' '}
        <span className="packet-size">{totalBytes(onStage)} B</span>
      </span>
      <ProtectionMarks marks={marks} />
    </m.button>
  );
}
