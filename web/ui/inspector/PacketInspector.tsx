import { useMemo } from 'react';
import { describeLayout, type Packet } from '../../protocol/index.ts';
import { packetsOnWire, selectSelectedPacketId } from '../../store/selectors.ts';
import { useDrawnRun, useLab } from '../../store/store.ts';
import { render, t } from '../../text/index.ts';
import '../../text/messages/ui-inspector.ts';
import { partyName } from '../../text/messages/parties.ts';
import { LockIcon } from '../LockIcon.tsx';
import { LessonWidget } from '../widgets/index.tsx';
import { FieldView } from './FieldView.tsx';
import './inspector.css';

/** Who really sent it: "Oscar as Bob" when Oscar put his own packet in place of Bob's. */
function senderOf(packet: Packet): string {
  const claimed = partyName(packet.from);
  return packet.forgedBy ? `${partyName(packet.forgedBy)} as ${claimed}` : claimed;
}

/** Every packet sent so far, and the chosen one's bytes: exactly what Oscar sees. */
export function PacketInspector() {
  const { events, shown } = useDrawnRun();
  const selectedId = useLab(selectSelectedPacketId);
  // When Oscar is the tamperer, his byte picker sits with the bytes, unless the step shows it already.
  const tamperHere = useLab(
    (s) =>
      s.plan.presence === 'tamper' &&
      (s.position && s.lesson?.steps[s.position.stepIndex])?.widget !== 'tamper-byte',
  );
  const selectPacket = useLab((s) => s.selectPacket);
  const packets = useMemo(() => packetsOnWire(events, shown), [events, shown]);
  const packet = packets.find((p) => p.id === selectedId) ?? packets.at(-1);

  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">{t('ui.inspector.heading')}</h2>
      {tamperHere && <LessonWidget id="tamper-byte" />}
      {packets.length === 0 ? (
        <p className="muted">{t('ui.inspector.empty')}</p>
      ) : (
        <>
          <ul className="wire-list" aria-label={t('ui.inspector.list')}>
            {packets.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="wire-item"
                  aria-pressed={p.id === packet?.id}
                  onClick={() => selectPacket(p.id)}
                >
                  {p.encrypted && <LockIcon />} {senderOf(p)} → {partyName(p.to)}: {render(p.label)}
                </button>
              </li>
            ))}
          </ul>
          {packet && (
            <article
              className="packet-detail"
              aria-label={t('ui.inspector.bytes-of', { packet: packet.label })}
              data-testid="packet-detail"
            >
              <h3>
                {senderOf(packet)} → {partyName(packet.to)}: {render(packet.label)}{' '}
                <span className={`badge ${packet.encrypted ? 'badge-locked' : 'badge-open'}`}>
                  {t(packet.encrypted ? 'ui.inspector.encrypted' : 'ui.inspector.not-encrypted')}
                </span>
              </h3>
              <p className="layout" data-testid="packet-layout">
                {describeLayout(packet)}
              </p>
              {packet.fields.map((field) => (
                <FieldView key={`${packet.id}-${field.name}`} field={field} />
              ))}
            </article>
          )}
        </>
      )}
    </section>
  );
}
