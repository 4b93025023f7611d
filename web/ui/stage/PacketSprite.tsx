import { useMemo } from 'react';
import type { Trace, TraceEvent } from '../../protocol/index.ts';
import type { Speed } from '../../store/lab-state.ts';
import { BEAT_MS } from '../../store/playback-slice.ts';
import { selectSelectedPacketId, selectSpeed } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { formatNumber, render, t } from '../../text/index.ts';
import '../../text/messages/ui-stage-run.ts';
import type { Place } from './layout.ts';
import { ProtectionMarks } from './ProtectionMarks.tsx';
import './packet.css';
import { type PacketOnStage, packetOnStage, stopParty } from './packet-position.ts';
import { protectionLabel, protectionOf } from './packet-protection.ts';

/** Tells runs apart, so that a new run's packet is drawn where it is, not moved from the last. */
const runIds = new WeakMap<object, number>();
let runsSeen = 0;
function runId(trace: object | null): number {
  if (!trace) return 0;
  let id = runIds.get(trace);
  if (id === undefined) {
    id = ++runsSeen;
    runIds.set(trace, id);
  }
  return id;
}

/**
 * The packet of the moment on the stage, if one is there: loaded once the stage is up, with
 * what it needs to find it. A step opens with what came before drawn settled: a new run mounts
 * a new sprite.
 */
export default function StagePacket({
  events,
  shown,
  trace,
  places,
}: {
  events: readonly TraceEvent[];
  shown: number;
  trace: Trace | null;
  places: ReadonlyMap<string, Place>;
}) {
  const onStage = useMemo(() => packetOnStage(events, shown), [events, shown]);
  return onStage && <PacketSprite key={runId(trace)} onStage={onStage} places={places} />;
}

function totalBytes(onStage: PacketOnStage): number {
  return onStage.packet.fields.reduce((sum, f) => sum + f.bytes.length, 0);
}

/** The packet's glide from one stop to the next: as long as most of a beat at this speed. */
function glideSeconds(speed: Speed): number {
  if (
    speed === 'instant' ||
    (typeof window !== 'undefined' && window.__HANDSHAKE_LAB_SKIP_ANIMATIONS__)
  )
    return 0;
  return (BEAT_MS * 0.55) / speed / 1000;
}

interface Props {
  onStage: PacketOnStage;
  places: ReadonlyMap<string, Place>;
}

/**
 * The packet travelling on the wire; a button that opens it in the inspector. It glides by a CSS
 * transition of where it stands (packet.css), which a reduced-motion setting turns off.
 */
function PacketSprite({ onStage, places }: Props) {
  const speed = useLab(selectSpeed);
  const selected = useLab(selectSelectedPacketId);
  const selectPacket = useLab((s) => s.selectPacket);
  const { packet, stop } = onStage;
  const x = places.get(stopParty(packet, stop))?.x ?? 50;
  const named = render(packet.label);
  const label = named.charAt(0).toUpperCase() + named.slice(1);
  const marks = protectionOf(packet, onStage.swapped);
  const forged = marks.includes('forged');

  return (
    <button
      type="button"
      className={`packet${packet.encrypted ? ' is-encrypted' : ''}${stop === 'oscar' ? ' at-oscar' : ''}${forged ? ' is-forged' : ''}${packet.channel === 'wire' ? '' : ` on-${packet.channel}`}${selected === packet.id ? ' is-selected' : ''}`}
      // Its left edge at x% of the wire, pulled back by x% of its own width: at the left end it
      // starts there, at the right end it ends there.
      style={{
        left: `${x}%`,
        transform: `translate(-${x}%, -50%)`,
        transitionDuration: `${glideSeconds(speed)}s`,
      }}
      onClick={() => selectPacket(packet.id)}
      aria-label={t('ui.stage.packet', {
        name: label,
        bytes: totalBytes(onStage),
        protection: marks.map(protectionLabel).join(t('ui.stage.list-separator')),
      })}
      data-testid="packet-sprite"
      data-protection={marks.join(' ')}
    >
      <span className="packet-name">
        <span className="packet-label">{label}</span>{' '}
        <span className="packet-size">{formatNumber(totalBytes(onStage))} B</span>
      </span>
      <ProtectionMarks marks={marks} />
    </button>
  );
}
