import { useMemo } from 'react';
import { knowledgeAt, networkParties, type PartyId } from '../../protocol/index.ts';
import { useDrawnRun } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-knowledge.ts';
import { partyName } from '../../text/messages/parties.ts';
import { KeyChip } from '../stage/KeyChip.tsx';
import { useStageTopology } from '../stage/use-stage-topology.ts';
import './knowledge.css';

/**
 * What each party knows at this point of the trace: the keys they hold (and whose they
 * believe them to be), who else holds the same key, and the messages they have read.
 */
export function KnowledgeView() {
  const { events, shown } = useDrawnRun();
  const knowledge = useMemo(() => knowledgeAt(events, shown), [events, shown]);
  // Everyone on the network, in stage order; the CA only vouches, it reads nothing.
  const PEOPLE: readonly PartyId[] = networkParties(useStageTopology()).map((p) => p.id);

  return (
    <section className="knowledge" aria-labelledby="knowledge-title" data-testid="knowledge">
      <h2 id="knowledge-title">{t('ui.knowledge.heading')}</h2>
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
              <p className="knowledge-label">{t('ui.knowledge.keys')}</p>
              {keys.length === 0 ? (
                <p className="muted">{t('ui.knowledge.none')}</p>
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
              <p className="knowledge-label">{t('ui.knowledge.read')}</p>
              {read.length === 0 && partlyRead.length === 0 ? (
                <p className="muted">{t('ui.knowledge.nothing')}</p>
              ) : (
                <ul className="knowledge-read">
                  {read.map((m, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows, in trace order, and a replayed or forged copy repeats its message's id.
                    <li key={`${m.messageId}-${index}`}>
                      <bdi>{t('ui.knowledge.quoted', { text: shortened(m.text) })}</bdi>
                      {!m.genuine && (
                        <strong className="key-truth">{t('ui.knowledge.not-sent')}</strong>
                      )}
                    </li>
                  ))}
                  {partlyRead.map((m) => (
                    <li key={`${m.messageId}-part`}>
                      {m.start === null ? (
                        t('ui.knowledge.not-text', { bytes: m.knownBytes })
                      ) : (
                        <bdi>{t('ui.knowledge.quoted', { text: shortened(m.start) })}</bdi>
                      )}
                      <strong className="key-truth">
                        {t('ui.knowledge.unknown', { unknown: m.unknownBytes })}
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

/** A message as read, cut after 80 characters. */
function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
