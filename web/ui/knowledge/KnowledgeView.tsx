import { useMemo } from 'react';
import { knowledgeAt, networkParties, type PartyId } from '../../protocol/index.ts';
import { selectEvents, selectShown } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { partyName } from '../../text/messages/parties.ts';
import { KeyChip } from '../stage/KeyChip.tsx';
import { useStageTopology } from '../stage/use-stage-topology.ts';
import './knowledge.css';

/**
 * What each party knows at this point of the trace: the keys they hold (and whose they
 * believe them to be), who else holds the same key, and the messages they have read.
 */
export function KnowledgeView() {
  const events = useLab(selectEvents);
  const shown = useLab(selectShown);
  const knowledge = useMemo(() => knowledgeAt(events, shown), [events, shown]);
  // Everyone on the network, in stage order; the CA only vouches, it reads nothing.
  const PEOPLE: readonly PartyId[] = networkParties(useStageTopology()).map((p) => p.id);

  return (
    <section className="knowledge" aria-labelledby="knowledge-title" data-testid="knowledge">
      <h2 id="knowledge-title">What each party knows</h2>
      <div className="knowledge-columns">
        {PEOPLE.map((party) => {
          const { keys, read, partlyRead } = knowledge.of(party);
          const name = partyName(party);
          return (
            <div
              key={party}
              className="knowledge-party"
              data-party={party}
              data-testid={`knows-${party}`}
            >
              <h3>{name}</h3>
              <p className="knowledge-label">Keys</p>
              {keys.length === 0 ? (
                <p className="muted">none yet</p>
              ) : (
                <ul className="party-keys">
                  {keys.map((held) => {
                    const others = PEOPLE.filter(
                      (other) =>
                        other !== party &&
                        held.key.kind === 'aes' &&
                        knowledge
                          .of(other)
                          .keys.some(
                            (k) => !k.erased && k.key.fingerprint.hex === held.key.fingerprint.hex,
                          ),
                    );
                    return (
                      <KeyChip
                        key={`${held.key.id}-${held.key.fingerprint.hex}-${held.erased}`}
                        held={held}
                        holder={name}
                        alsoHeldBy={others.map((o) => partyName(o))}
                      />
                    );
                  })}
                </ul>
              )}
              <p className="knowledge-label">Read</p>
              {read.length === 0 && partlyRead.length === 0 ? (
                <p className="muted">nothing yet</p>
              ) : (
                <ul className="knowledge-read">
                  {read.map((m, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows, in trace order, and a replayed or forged copy repeats its message's id.
                    <li key={`${m.messageId}-${index}`}>
                      <bdi>“{m.text.length > 80 ? `${m.text.slice(0, 80)}…` : m.text}”</bdi>
                      {!m.genuine && <strong className="key-truth"> (not what was sent)</strong>}
                    </li>
                  ))}
                  {partlyRead.map((m) => (
                    <li key={`${m.messageId}-part`}>
                      {m.start === null ? (
                        `${m.knownBytes} bytes that are not text`
                      ) : (
                        <bdi>“{m.start.length > 80 ? `${m.start.slice(0, 80)}…` : m.start}”</bdi>
                      )}
                      <strong className="key-truth">
                        {' '}
                        then {m.unknownBytes} unknown byte{m.unknownBytes === 1 ? '' : 's'}
                      </strong>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
