import { toHex } from '../web/crypto/encoding.ts';
import type { Packet, Trace, TraceEvent } from '../web/protocol/index.ts';
import { hasMessage, type Message, render } from '../web/text/index.ts';
import '../web/text/messages/engine-patterns.ts';

/**
 * The documented JSON form of a trace: bytes become hex, fields carry their size, and every
 * sentence the engine said (a catalogue key and its data) is rendered in English. Each event
 * keeps its narration's key and parameters beside the rendered line, as `message`. Run from
 * the command line, it also names the lesson or preset that asked for it.
 */
export function traceToJson(trace: Trace, preset?: string): unknown {
  return {
    ...(preset === undefined ? {} : { preset }),
    scenario: trace.scenario,
    config: trace.config,
    oscar: trace.plan.presence,
    topology: trace.topology,
    events: trace.events.map(eventToJson),
    outcome: trace.outcome,
  };
}

function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    hasMessage((value as { key: string }).key)
  );
}

/** The value with every message in it rendered in English: details, reasons, labels, titles. */
function rendered(value: unknown): unknown {
  if (isMessage(value)) return render(value, 'en');
  if (Array.isArray(value)) return value.map(rendered);
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([name, v]) => [name, rendered(v)]));
  }
  return value;
}

function eventToJson(event: TraceEvent): unknown {
  const { narration, ...rest } = event;
  const json: Record<string, unknown> = {
    ...(rendered(rest) as Record<string, unknown>),
    narration: render(narration, 'en'),
    message: narration,
  };
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
    label: render(packet.label, 'en'),
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
