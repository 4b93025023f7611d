import { LazyMotion, MotionConfig, MotionGlobalConfig, m, useReducedMotion } from 'framer-motion';
import { BEAT_MS } from '../../store/playback-slice.ts';
import { selectSelectedPacketId, selectSpeed } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { render } from '../../text/index.ts';
import type { Place } from './layout.ts';
import { ProtectionMarks } from './ProtectionMarks.tsx';
import './packet.css';
import { type PacketOnStage, stopParty } from './packet-position.ts';
import { protectionLabel, protectionOf } from './packet-protection.ts';

// The only animated part of the page: motion's code loads with the first packet, not with the
// page, and its animation features after that.
const loadMotionFeatures = () => import('./motion-features.ts').then((module) => module.default);
if (typeof window !== 'undefined' && window.__HANDSHAKE_LAB_SKIP_ANIMATIONS__)
  MotionGlobalConfig.skipAnimations = true;

function totalBytes(onStage: PacketOnStage): number {
  return onStage.packet.fields.reduce((sum, f) => sum + f.bytes.length, 0);
}

/** The packet travelling on the wire; a button that opens it in the inspector. */
interface Props {
  onStage: PacketOnStage;
  places: ReadonlyMap<string, Place>;
}

export default function PacketSprite(props: Props) {
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <MotionConfig reducedMotion="user">
        <MovingPacket {...props} />
      </MotionConfig>
    </LazyMotion>
  );
}

function MovingPacket({ onStage, places }: Props) {
  const speed = useLab(selectSpeed);
  const selected = useLab(selectSelectedPacketId);
  const selectPacket = useLab((s) => s.selectPacket);
  const reduced = useReducedMotion();
  const { packet, stop } = onStage;
  const x = places.get(stopParty(packet, stop))?.x ?? 50;
  const duration = reduced || speed === 'instant' ? 0 : (BEAT_MS * 0.55) / speed / 1000;
  const named = render(packet.label);
  const label = named.charAt(0).toUpperCase() + named.slice(1);
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
      aria-label={`${label}, ${totalBytes(onStage)} B: ${marks.map(protectionLabel).join(', ')}. Inspect its bytes.`}
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
