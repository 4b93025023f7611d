import { partyName, type TraceEvent } from '../../protocol/index.ts';

/** Names who a line is about, unless the narration already starts with that name ("Bob decrypts it"). */
export function ActorTag({ event }: { event: TraceEvent }) {
  const name = partyName(event.actor);
  if (event.narration.startsWith(`${name} `)) return null;
  return <span className="line-actor">{name}:</span>;
}
