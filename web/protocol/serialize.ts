import { toHex } from '../crypto/encoding.ts';
import type { TraceEvent } from './events.ts';
import type { Packet } from './packet-types.ts';
import type { Trace } from './trace.ts';

/** The documented JSON form of a trace: bytes become hex, fields carry their size. */
export function traceToJson(trace: Trace): unknown {
  return {
    scenario: trace.scenario,
    config: trace.config,
    oscar: trace.plan.presence,
    topology: trace.topology,
    events: trace.events.map(eventToJson),
    outcome: trace.outcome,
  };
}

function eventToJson(event: TraceEvent): unknown {
  const { narration, ...rest } = event;
  const json: Record<string, unknown> = { ...rest, narration };
  if ('packet' in event) json.packet = packetToJson(event.packet);
  if ('key' in event) json.key = { ...event.key, fingerprint: event.key.fingerprint.hex };
  if (event.type === 'intercepted' && event.action.do === 'replace') {
    json.action = { do: 'replace', with: event.action.with.id };
  }
  if (event.type === 'intercepted' && event.action.do === 'inject') {
    json.action = { do: 'inject', with: event.action.with.map(packetToJson) };
  }
  if (event.type === 'intercepted' && event.result) json.result = packetToJson(event.result);
  if (event.type === 'plaintext-recovered') json.bytes = toHex(event.bytes);
  return json;
}

export function packetToJson(packet: Packet): unknown {
  return {
    id: packet.id,
    from: packet.from,
    to: packet.to,
    link: packet.link,
    kind: packet.kind,
    label: packet.label,
    encrypted: packet.encrypted,
    channel: packet.channel,
    ...(packet.forgedBy ? { forgedBy: packet.forgedBy } : {}),
    ...(packet.messageId ? { messageId: packet.messageId } : {}),
    fields: packet.fields.map((f) => ({
      name: f.name,
      size: f.bytes.length,
      hex: toHex(f.bytes),
      ...(f.note ? { note: f.note } : {}),
    })),
  };
}
