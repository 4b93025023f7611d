import type { CheckId } from './checks.ts';
import type { Outcome, PartyId, SearchCost, SecretRecovery, TraceEvent } from './types.ts';

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
  /** Each message's place among what its sender wrote to its recipient, and the furthest read. */
  const place = new Map<string, { route: string; index: number }>();
  const furthestRead = new Map<string, number>();
  let reordered = 0;
  const laterIds = new Set<string>();

  for (const event of events) {
    switch (event.type) {
      case 'message-written': {
        recipient.set(event.messageId, event.to);
        const route = `${event.actor}>${event.to}`;
        place.set(event.messageId, {
          route,
          index: [...place.values()].filter((p) => p.route === route).length,
        });
        break;
      }
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
          if (event.genuine && later) laterIds.add(event.messageId);
        } else if (!event.genuine) {
          forgedAccepted++;
        } else if (recipient.get(event.messageId) === event.actor) {
          const at = place.get(event.messageId);
          // A first copy read after one its sender wrote later: the order was changed.
          if (at && !deliveredIds.has(event.messageId)) {
            const furthest = furthestRead.get(at.route) ?? -1;
            if (at.index < furthest) reordered++;
            else furthestRead.set(at.route, at.index);
          }
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
      case 'packet-refused':
        // A protocol state machine refused a packet out of turn: it noticed.
        if (event.actor !== 'oscar') detectedBy ??= 'handshake.state';
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
    ...(reordered > 0 ? { acceptedOutOfOrder: reordered } : {}),
    ...(laterIds.size > 0 ? { readByOscarLater: laterIds.size } : {}),
    ...(recoveries.length > 0 ? { recoveries } : {}),
    ...(searchCosts.length > 0 ? { searchCosts } : {}),
  };
}
