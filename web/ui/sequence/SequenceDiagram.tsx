import {
  type CSSProperties,
  type KeyboardEvent,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { StepOnTrace, Topology } from '../../protocol/index.ts';
import { selectSelectedPacketId } from '../../store/selectors.ts';
import { useDrawnRun, useLab } from '../../store/store.ts';
import { partyName } from '../../text/messages/parties.ts';
import { measureWhenRendered } from '../measure-when-rendered.ts';
import { type Arrow, sequenceAt } from './arrows.ts';
import { arrowSentence, markWord, packetName } from './labels.ts';
import { SequenceTable } from './SequenceTable.tsx';
import { StepLane } from './StepLane.tsx';
import { stepSentence, stepsTaken, useScriptSteps } from './script-steps.ts';
import './sequence.css';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-sequence.ts';

const NO_TOPOLOGY: Topology = { parties: [], links: [], oscar: null };

/** Percent of the width at the middle of column `i` of `n`. */
const centre = (i: number, n: number) => ((i + 0.5) / n) * 100;

/**
 * The run as a sequence diagram, in step with playback: time runs down, one arrow per packet
 * per hop, Oscar's actions marked on the arrows. A listbox: ↑ ↓ Home End move between arrows,
 * Enter (or a click) opens the packet in the inspector. ← → and Space stay the lesson's.
 */
export default function SequenceDiagram() {
  const { events, shown } = useDrawnRun();
  const topology = useDrawnRun().topology ?? NO_TOPOLOGY;
  const selected = useLab(selectSelectedPacketId);
  const selectPacket = useLab((s) => s.selectPacket);
  const model = useMemo(() => sequenceAt(events, shown, topology), [events, shown, topology]);
  const { arrows, columns } = model;
  // Oscar's best attack: each step on its own lane, on the row of the packet it acts on.
  const steps = useScriptSteps();
  const taken = stepsTaken(steps, shown);
  const onArrow = (arrow: Arrow) =>
    arrows.find((a) => a.packet.id === arrow.packet.id) === arrow
      ? taken.filter((s) => s.packetId === arrow.packet.id)
      : [];
  const later = taken.filter((s) => s.packetId === null);
  const [active, setActive] = useState(-1);
  const list = useRef<HTMLDivElement>(null);

  // Playback moves the diagram's cursor to the newest arrow.
  useEffect(() => setActive(arrows.length - 1), [arrows.length]);
  // Keep the active arrow in view inside the list (never scrolling the page), measured once
  // laid out rather than forcing a layout inside React's commit.
  useEffect(() => {
    const box = list.current;
    if (!box) return;
    return measureWhenRendered(box, () => {
      const row = box.querySelector<HTMLElement>(`[data-index="${active}"]`);
      if (!row) return;
      if (row.offsetTop < box.scrollTop) box.scrollTop = row.offsetTop;
      else if (row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight)
        box.scrollTop = row.offsetTop + row.offsetHeight - box.clientHeight;
    });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = arrows.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      setActive(to);
    } else if (event.key === 'Enter') {
      const arrow = arrows[active];
      if (!arrow) return;
      event.preventDefault();
      selectPacket(arrow.packet.id);
    }
  };

  const n = Math.max(columns.length, 1);
  const optionId = (i: number) => `sequence-arrow-${i}`;
  return (
    <section className="sequence" aria-labelledby="sequence-title" data-testid="sequence">
      <h2 id="sequence-title">{t('ui.sequence.heading')}</h2>
      <p className="sequence-help muted">{t('ui.sequence.help')}</p>
      <div
        className={`seq-diagram${steps.length > 0 ? ' has-steps' : ''}`}
        style={{ '--cols': n } as CSSProperties}
        data-testid="sequence-diagram"
      >
        <div className="seq-heads" aria-hidden="true">
          <div className="seq-parties">
            {columns.map((party) => (
              <span key={party} className={`seq-head seq-head-${party}`}>
                {partyName(party)}
              </span>
            ))}
          </div>
          {steps.length > 0 && (
            <span className="seq-head seq-head-steps">{t('ui.sequence.steps-head')}</span>
          )}
        </div>
        {arrows.length === 0 ? (
          <p className="seq-empty">{t('ui.sequence.empty')}</p>
        ) : (
          <div
            ref={list}
            className="seq-list"
            role="listbox"
            tabIndex={0}
            aria-label={t('ui.sequence.list')}
            aria-activedescendant={active >= 0 ? optionId(active) : undefined}
            onKeyDown={onKeyDown}
            data-testid="sequence-list"
          >
            {arrows.map((arrow, i) => (
              <ArrowRow
                key={arrow.key}
                arrow={arrow}
                index={i}
                id={optionId(i)}
                columns={columns}
                active={i === active}
                latest={i === arrows.length - 1}
                selected={arrow.packet.id === selected}
                steps={onArrow(arrow)}
                onPick={() => {
                  setActive(i);
                  selectPacket(arrow.packet.id);
                }}
              />
            ))}
          </div>
        )}
        {later.length > 0 && (
          <div className="seq-row seq-later" data-testid="sequence-later">
            <p className="seq-track seq-later-note">{t('ui.sequence.after')}</p>
            <StepLane steps={later} />
            <span className="visually-hidden">{later.map(stepSentence).join(' ')}</span>
          </div>
        )}
      </div>
      <SequenceTable arrows={arrows} steps={taken} />
    </section>
  );
}

interface RowProps {
  arrow: Arrow;
  index: number;
  id: string;
  columns: readonly string[];
  active: boolean;
  latest: boolean;
  selected: boolean;
  /** Oscar's steps that act on this arrow's packet. */
  steps: readonly StepOnTrace[];
  onPick: () => void;
}

function ArrowRow({
  arrow,
  index,
  id,
  columns,
  active,
  latest,
  selected,
  steps,
  onPick,
}: RowProps) {
  const n = Math.max(columns.length, 1);
  const from = centre(Math.max(columns.indexOf(arrow.start), 0), n);
  const to = centre(Math.max(columns.indexOf(arrow.end), 0), n);
  const classes = [
    'seq-row',
    active ? 'is-active' : '',
    latest ? 'is-latest' : '',
    selected ? 'is-selected' : '',
    steps.length > 0 ? 'has-step' : '',
  ].filter(Boolean);
  return (
    // The listbox keeps the focus and names its active option (aria-activedescendant): an
    // option takes no focus of its own, and the listbox handles the keys for it.
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above
    // biome-ignore lint/a11y/useFocusableInteractive: see above
    <div
      id={id}
      role="option"
      aria-selected={selected}
      className={classes.join(' ')}
      data-index={index}
      data-packet={arrow.packet.id}
      onClick={onPick}
    >
      <span className="visually-hidden">
        {[arrowSentence(arrow, index), ...steps.map(stepSentence)].join('. ')}
      </span>
      <div className="seq-track">
        {/* Over the arrow's middle, shifted as a packet on the stage is, so it never leaves the row. */}
        <span
          aria-hidden="true"
          className="seq-label"
          style={{ '--c': `${(from + to) / 2}%` } as CSSProperties}
        >
          <span className="seq-packet">{packetName(arrow.packet.label)}</span>
          {arrow.marks.map((mark) => (
            <span key={mark} className={`seq-mark mark-${mark}`}>
              {markWord(mark)}
            </span>
          ))}
        </span>
        <div
          aria-hidden="true"
          className={`seq-arrow fate-${arrow.fate.replace(' ', '-')}${to < from ? ' to-left' : ''}${arrow.byOscar ? ' by-oscar' : ''}`}
          style={{ left: `${Math.min(from, to)}%`, width: `${Math.abs(to - from)}%` }}
        >
          {arrow.fate === 'refused' && <span className="seq-end">{t('ui.sequence.refused')}</span>}
          {(arrow.fate === 'dropped' || arrow.fate === 'replaced') && (
            <span className="seq-end">{t('ui.sequence.stopped')}</span>
          )}
          {arrow.stateAfter && arrow.fate !== 'dropped' && arrow.fate !== 'replaced' && (
            <span className="seq-state">{arrow.stateAfter}</span>
          )}
        </div>
      </div>
      {steps.length > 0 && <StepLane steps={steps} />}
    </div>
  );
}
