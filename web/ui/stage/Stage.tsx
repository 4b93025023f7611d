import { type CSSProperties, lazy, memo, Suspense, useEffect, useMemo, useRef } from 'react';
import type { Channel, TraceEvent } from '../../protocol/index.ts';
import { selectBusy, selectStatus } from '../../store/selectors.ts';
import { useDrawnRun, useLab } from '../../store/store.ts';
import { render } from '../../text/index.ts';
import { partyName } from '../../text/messages/parties.ts';
import { Later } from '../Later.tsx';
import { ActorTag } from '../narration/ActorTag.tsx';
import { useFocusableWhenScrolling } from '../use-focusable-when-scrolling.ts';
import { layoutStage } from './layout.ts';
import { PartyNode } from './PartyNode.tsx';
import { loadPartyKeys } from './party-keys.ts';
import { useFitParties } from './use-fit-parties.ts';
import { useStageTopology } from './use-stage-topology.ts';
import { WireView } from './WireView.tsx';
import './stage.css';
import './stage-topology.css';
import './stage-fit.css';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-stage.ts';

/** Loaded with the first run that has state machines (the handshake), not with the page. */
const machines = () => import('../machines/index.ts');
const StateMachines = lazy(() => machines().then((m) => ({ default: m.StateMachines })));
const MachineBadge = lazy(() => machines().then((m) => ({ default: m.MachineBadge })));
/** The packet in flight: loaded once the stage is up, not with it. */
const loadPacketSprite = () => import('./PacketSprite.tsx');
const StagePacket = lazy(loadPacketSprite);
/** Loaded with the first run through relays. */
const RelaySightView = lazy(() => import('./RelaySightView.tsx'));

/** The parties of the run's topology, laid out from it, with the packet of the moment. */
export function Stage({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const busy = useLab(selectBusy);
  return (
    <div className="stage" data-testid="stage" aria-busy={busy}>
      <Heading className="visually-hidden">{t('ui.stage.heading')}</Heading>
      <StagePicture />
    </div>
  );
}

/**
 * Everything drawn from the run (DrawnRunProvider), and nothing from the store as it is: a
 * press or a new run's "computing" renders the busy flag and the caption at once, and the
 * picture only when its run changes.
 */
const StagePicture = memo(function StagePicture() {
  const { events, shown, trace, config, plan } = useDrawnRun();
  // Before its first run the stage shows who will take part, at rest.
  const topology = useStageTopology();
  const layout = useMemo(() => layoutStage(topology), [topology]);
  const { places, oscarInside } = layout;
  // The side channels are drawn from the start when the run uses them at all; before the run
  // exists, when its settings say it will (so the stage keeps its size when the run arrives).
  const resting = trace === null;
  const phone = useMemo(
    () => (resting ? config.check === 'out-of-band' : usesChannel(events, 'phone')),
    [resting, config, events],
  );
  const registration = useMemo(
    () => (resting ? config.certificates === 'on' : usesChannel(events, 'registration')),
    [resting, config, events],
  );
  // The caption's event, from the same (deferred) run as the boxes around it.
  const current = shown > 0 ? (events[shown - 1] ?? null) : null;
  const oscarAbsent = plan.presence === 'off';
  const copied = events.slice(0, shown).filter((e) => e.type === 'intercepted').length;
  const actor = current?.actor;
  const withMachines = useMemo(
    () => (resting ? config.protocol === 'handshake' : events.some((e) => e.type === 'state')),
    [resting, config, events],
  );
  const leftToRight = useMemo(
    () => [...places.entries()].sort(([, a], [, b]) => a.x - b.x).map(([id]) => id),
    [places],
  );
  const canvas = useRef<HTMLDivElement>(null);
  useFitParties(canvas);

  useEffect(() => {
    void loadPacketSprite();
    void loadPartyKeys();
  }, []);

  return (
    <>
      <div
        ref={canvas}
        className={`stage-canvas${phone ? ' has-phone' : ''}${layout.oscarAbove ? ' has-oscar-above' : ''}${layout.crowded ? ' is-crowded' : ''}${withMachines ? ' has-machines' : ''}${registration ? '' : ' ca-idle'}`}
        style={
          {
            '--wire-from': `${layout.wire.from}%`,
            '--wire-to': `${100 - layout.wire.to}%`,
          } as CSSProperties
        }
      >
        {[...topology.parties].sort(authorityFirst).map((party) => {
          const place = places.get(party.id);
          if (!place) return null;
          const note =
            party.role === 'authority'
              ? registration
                ? t('ui.stage.role.authority')
                : t('ui.stage.idle')
              : party.role === 'attacker'
                ? oscarNote(copied, oscarInside)
                : undefined;
          return (
            <PartyNode
              key={party.id}
              party={party.id}
              role={party.role}
              place={place}
              keysShown={shown > 0}
              active={actor === party.id}
              absent={party.role === 'attacker' && oscarAbsent}
              compromised={!oscarAbsent && oscarInside === party.id}
              {...(note ? { note } : {})}
              status={
                withMachines &&
                !resting && (
                  <Suspense fallback={null}>
                    <MachineBadge actor={party.id} />
                  </Suspense>
                )
              }
            >
              {party.role === 'relay' && (
                <Later fallback={null}>
                  <RelaySightView relay={party.id} />
                </Later>
              )}
            </PartyNode>
          );
        })}
        <WireView layout={layout} oscarAbsent={oscarAbsent} />
        {registration && (
          <div className="registration-lane" data-party="ca" aria-hidden="true">
            <span className="registration-label">{t('ui.stage.registration')}</span>
          </div>
        )}
        {phone && (
          <div className="phone-line" data-party="bob" aria-hidden="true">
            <span className="phone-label">{t('ui.stage.phone')}</span>
          </div>
        )}
        {/* Nothing has happened before the first event: no packet, and no code for one. */}
        {shown > 0 && (
          <Suspense fallback={null}>
            <StagePacket events={events} shown={shown} trace={trace} places={places} />
          </Suspense>
        )}
      </div>
      {withMachines &&
        (resting ? (
          <MachinesAtRest />
        ) : (
          <Suspense fallback={<MachinesAtRest />}>
            <StateMachines order={leftToRight} />
          </Suspense>
        ))}
      <StageCaption current={current} />
    </>
  );
});

/** What is happening now, in one line: "computing" the moment a run is asked for. */
function StageCaption({ current }: { current: TraceEvent | null }) {
  const computing = useLab(selectStatus) === 'computing';
  const caption = useRef<HTMLParagraphElement>(null);
  useFocusableWhenScrolling(caption);
  return (
    <p ref={caption} className="stage-caption" data-testid="stage-caption">
      {computing ? (
        t('ui.stage.computing')
      ) : current ? (
        <>
          <ActorTag event={current} /> <bdi>{render(current.narration)}</bdi>
        </>
      ) : (
        t('ui.stage.press-play')
      )}
    </p>
  );
}

/** Where the state machines will stand, held until the run (and their code) is here. */
function MachinesAtRest() {
  return (
    <div className="machines machines-at-rest" aria-hidden="true">
      <div />
      <div />
    </div>
  );
}

/** What Oscar took ("copied 2 packets"); before that, where he is when not on the wire. */
function oscarNote(copied: number, inside: string | null): string | undefined {
  if (copied > 0) return t('ui.stage.copied', { count: copied });
  return inside ? t('ui.stage.inside', { party: partyName(inside) }) : undefined;
}

/** The CA comes first, as it stands above the wire. */
function authorityFirst(a: { role: string }, b: { role: string }): number {
  return Number(b.role === 'authority') - Number(a.role === 'authority');
}

function usesChannel(events: readonly TraceEvent[], channel: Channel): boolean {
  return events.some((e) => e.type === 'packet-sent' && e.packet.channel === channel);
}
