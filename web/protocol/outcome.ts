import { utf8Encode } from '../crypto/encoding.ts';
import type { CheckId } from './checks.ts';
import type {
  ByteRecovery,
  KeyTries,
  NextSession,
  SearchCost,
  SecretRecovery,
  TraceEvent,
} from './events.ts';
import type { PartyId } from './parties.ts';

/** What a run came to, counted from its events (outcomeOf, below). */
export interface Outcome {
  /** Application messages sent (key transport does not count). */
  readonly sent: number;
  /** Messages their intended recipient read exactly as written. */
  readonly delivered: number;
  readonly deliveredToBob: number;
  readonly readByOscar: number;
  readonly rejected: number;
  /** Messages a recipient accepted whose text its sender never wrote. */
  readonly forgedAccepted: number;
  /** Messages sent that their recipient neither read nor rejected: dropped, refused, cut off. */
  readonly missing: number;
  /**
   * For every party in the run: how many messages it read exactly as written although it
   * was not their recipient (the sender writes, it does not read). Oscar's entry is readByOscar.
   */
  readonly readBy: Readonly<Record<PartyId, number>>;
  readonly detectedBy?: CheckId;
  /**
   * Every copy of a message its recipient accepted, counted one by one: a replayed message
   * accepted twice counts two. Present only when it differs from `delivered`.
   */
  readonly acceptedCopies?: number;
  /**
   * Present (true) when a recipient knows the conversation was cut short: it ended without a
   * valid CLOSE or close_notify. It always comes with `detectedBy`.
   */
  readonly truncated?: true;
  /** Messages their recipient accepted after one their sender wrote later: Oscar changed the order. */
  readonly acceptedOutOfOrder?: number;
  /**
   * Messages written before the run's first `phase` event that Oscar read after it: recorded
   * then, opened later.
   */
  readonly readByOscarLater?: number;
  /** Oscar's tries of the keys he holds on what he recorded (`key-tried` events), when he made any. */
  readonly keyTries?: KeyTries;
  /** Messages written after a `phase` event: a later session, counted on its own. */
  readonly nextSession?: NextSession;
  /** Secrets Oscar computed from public numbers, in order (toy exchanges only). */
  readonly recoveries?: readonly SecretRecovery[];
  /** What Oscar's searches cost at each size of p, when the run measured it. */
  readonly searchCosts?: readonly SearchCost[];
  /** Messages Oscar recovered byte by byte, and how many of their bytes he got right. */
  readonly recoveredBytes?: readonly ByteRecovery[];
  /**
   * Present when a recipient checked a GCM tag Oscar computed without the key (the forbidden
   * attack): true when one verified.
   */
  readonly forgedTagAccepted?: boolean;
}

/** How many of Oscar's bytes equal the written message's, place by place. */
function rightBytes(candidate: Uint8Array, written: Uint8Array): number {
  let right = 0;
  for (let i = 0; i < Math.min(candidate.length, written.length); i++)
    if (candidate[i] === written[i]) right++;
  return right;
}

/** Each message Oscar recovered bytes of, counted against what was written (his best try). */
function byteRecoveries(events: readonly TraceEvent[]): ByteRecovery[] {
  const written = events.filter((e) => e.type === 'message-written');
  const best = new Map<string, ByteRecovery>();
  for (const event of events) {
    if (event.type !== 'plaintext-recovered') continue;
    const index = written.findIndex((w) => w.messageId === event.messageId);
    const message = written[index];
    if (!message) continue;
    const bytes = utf8Encode(message.text);
    const recovered = rightBytes(event.bytes, bytes);
    const before = best.get(event.messageId);
    if (!before || recovered > before.recovered)
      best.set(event.messageId, {
        messageId: event.messageId,
        message: index + 1,
        recovered,
        total: bytes.length,
      });
  }
  return [...best.values()].sort((a, b) => a.message - b.message);
}

/** Whether a GCM tag Oscar computed without the key was checked, and whether one verified. */
function forgedTagVerdict(events: readonly TraceEvent[]): boolean | undefined {
  const forged = new Set(events.flatMap((e) => (e.type === 'tag-forged' ? [e.packetId] : [])));
  const verdicts = events.flatMap((e) =>
    e.type === 'check' &&
    e.check === 'gcm-tag' &&
    e.actor !== 'oscar' &&
    forged.has(e.packetId ?? '')
      ? [e.passed]
      : [],
  );
  return verdicts.length === 0 ? undefined : verdicts.some(Boolean);
}

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
  let truncated = false;
  /** Each message's place among what its sender wrote to its recipient, and the furthest read. */
  const place = new Map<string, { route: string; index: number }>();
  const furthestRead = new Map<string, number>();
  let reordered = 0;
  const laterIds = new Set<string>();
  /** Messages written after time passed: a later session. */
  const writtenLater = new Set<string>();
  const tries: Extract<TraceEvent, { type: 'key-tried' }>[] = [];

  for (const event of events) {
    switch (event.type) {
      case 'message-written': {
        recipient.set(event.messageId, event.to);
        if (later) writtenLater.add(event.messageId);
        const route = `${event.actor}>${event.to}`;
        place.set(event.messageId, {
          route,
          index: [...place.values()].filter((p) => p.route === route).length,
        });
        break;
      }
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
        if (event.truncated) truncated = true;
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

  const recoveredBytes = byteRecoveries(events);
  const forgedTagAccepted = forgedTagVerdict(events);
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
    ...(truncated ? { truncated: true as const } : {}),
    ...(reordered > 0 ? { acceptedOutOfOrder: reordered } : {}),
    ...(laterIds.size > 0 ? { readByOscarLater: laterIds.size } : {}),
    ...(tries.length > 0 ? { keyTries: countTries(tries) } : {}),
    ...(writtenLater.size > 0
      ? { nextSession: nextSessionOf(writtenLater, deliveredIds, oscarIds, events) }
      : {}),
    ...(recoveries.length > 0 ? { recoveries } : {}),
    ...(searchCosts.length > 0 ? { searchCosts } : {}),
    ...(recoveredBytes.length > 0 ? { recoveredBytes } : {}),
    ...(forgedTagAccepted !== undefined ? { forgedTagAccepted } : {}),
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
