import type { CheckId } from './checks.ts';
import type {
  KeyTries,
  NextSession,
  Outcome,
  PartyId,
  SearchCost,
  SecretRecovery,
  TraceEvent,
} from './types.ts';

/** Counts what actually happened, from the events alone. */
export function outcomeOf(events: readonly TraceEvent[]): Outcome {
  const recipient = new Map<string, PartyId>();
  const deliveredIds = new Set<string>();
  const deliveredToBobIds = new Set<string>();
  const oscarIds = new Set<string>();
  const rejectedIds = new Set<string>();
  const readByRecipient = new Set<string>();
  let forgedAccepted = 0;
  let detectedBy: CheckId | undefined;
  const recoveries: SecretRecovery[] = [];
  const searchCosts: SearchCost[] = [];
  const parties = new Set<PartyId>();
  const readBy = new Map<PartyId, Set<string>>();
  let acceptedCopies = 0;
  let later = false;
  const laterIds = new Set<string>();
  /** Messages written after time passed: a later session. */
  const writtenLater = new Set<string>();
  const tries: Extract<TraceEvent, { type: 'key-tried' }>[] = [];

  for (const event of events) {
    switch (event.type) {
      case 'message-written':
        recipient.set(event.messageId, event.to);
        if (later) writtenLater.add(event.messageId);
        break;
      case 'key-tried':
        tries.push(event);
        break;
      case 'joined':
        parties.add(event.actor);
        break;
      case 'message-read':
        parties.add(event.actor);
        if (event.genuine && recipient.get(event.messageId) !== event.actor) {
          const ids = readBy.get(event.actor) ?? new Set<string>();
          ids.add(event.messageId);
          readBy.set(event.actor, ids);
        }
        if (recipient.get(event.messageId) === event.actor) readByRecipient.add(event.messageId);
        if (event.actor === 'oscar') {
          if (event.genuine) oscarIds.add(event.messageId);
          if (event.genuine && later && !writtenLater.has(event.messageId))
            laterIds.add(event.messageId);
        } else if (!event.genuine) {
          // A relay that reads a changed message passes it on; only its recipient accepts it.
          if (recipient.get(event.messageId) === event.actor) forgedAccepted++;
        } else if (recipient.get(event.messageId) === event.actor) {
          acceptedCopies++;
          deliveredIds.add(event.messageId);
          if (event.actor === 'bob') deliveredToBobIds.add(event.messageId);
        }
        break;
      case 'phase':
        later = true;
        break;
      case 'message-rejected':
        rejectedIds.add(event.messageId);
        break;
      case 'check':
        if (!event.passed && event.actor !== 'oscar') detectedBy ??= event.check;
        break;
      case 'aborted':
        if (event.check) detectedBy ??= event.check;
        break;
      case 'secret-recovered':
        recoveries.push({
          method: event.method,
          bits: event.bits,
          tries: event.tries,
          secret: event.secret,
        });
        break;
      case 'search-measured':
        searchCosts.push({ bits: event.bits, searches: event.searches, tries: event.tries });
        break;
    }
  }

  return {
    sent: recipient.size,
    delivered: deliveredIds.size,
    deliveredToBob: deliveredToBobIds.size,
    readByOscar: oscarIds.size,
    rejected: rejectedIds.size,
    forgedAccepted,
    missing: [...recipient.keys()].filter((id) => !readByRecipient.has(id) && !rejectedIds.has(id))
      .length,
    readBy: Object.fromEntries([...parties].map((p) => [p, readBy.get(p)?.size ?? 0])),
    ...(detectedBy ? { detectedBy } : {}),
    ...(acceptedCopies !== deliveredIds.size ? { acceptedCopies } : {}),
    ...(laterIds.size > 0 ? { readByOscarLater: laterIds.size } : {}),
    ...(tries.length > 0 ? { keyTries: countTries(tries) } : {}),
    ...(writtenLater.size > 0
      ? { nextSession: nextSessionOf(writtenLater, deliveredIds, oscarIds, events) }
      : {}),
    ...(recoveries.length > 0 ? { recoveries } : {}),
    ...(searchCosts.length > 0 ? { searchCosts } : {}),
  };
}

function countTries(tries: readonly Extract<TraceEvent, { type: 'key-tried' }>[]): KeyTries {
  return {
    keys: new Set(tries.map((t) => t.key.fingerprint.hex)).size,
    packets: new Set(tries.map((t) => t.packetId)).size,
    tries: tries.length,
    opened: tries.filter((t) => t.opened).length,
  };
}

function nextSessionOf(
  ids: ReadonlySet<string>,
  delivered: ReadonlySet<string>,
  readByOscar: ReadonlySet<string>,
  events: readonly TraceEvent[],
): NextSession {
  const count = (set: ReadonlySet<string>) => [...ids].filter((id) => set.has(id)).length;
  return {
    sent: ids.size,
    delivered: count(delivered),
    readByOscar: count(readByOscar),
    forgedAccepted: events.filter(
      (e) => e.type === 'message-read' && e.actor !== 'oscar' && !e.genuine && ids.has(e.messageId),
    ).length,
  };
}
