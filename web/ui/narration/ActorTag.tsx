import type { TraceEvent } from '../../protocol/index.ts';
import { opensWith } from '../../text/index.ts';
import { partyName } from '../../text/messages/parties.ts';

/**
 * Names who a line is about, unless its sentence opens with them: a narration pattern that
 * starts with `{actor, party}` ("Bob decrypts it") already says who.
 */
export function ActorTag({ event }: { event: TraceEvent }) {
  const { narration } = event;
  if (narration.params?.actor === event.actor && opensWith(narration, 'actor')) return null;
  return <span className="line-actor">{partyName(event.actor)}:</span>;
}
