import type { Bytes } from '../crypto/bytes.ts';
import { utf8Encode } from '../crypto/encoding.ts';
import { type EngineText, say } from '../text/messages/engine.ts';
import type { Field, Packet, PacketKind } from './packet-types.ts';
import type { PartyId } from './parties.ts';

export interface Addressing {
  readonly id: string;
  readonly from: PartyId;
  readonly to: PartyId;
  readonly link: string;
}

function packet(
  address: Addressing,
  kind: PacketKind,
  label: EngineText,
  encrypted: boolean,
  fields: Field[],
  messageId?: string,
  channel: Packet['channel'] = 'wire',
): Packet {
  return {
    ...address,
    kind,
    label,
    encrypted,
    channel,
    fields,
    ...(messageId ? { messageId } : {}),
  };
}

export function publicKeyPacket(
  address: Addressing,
  label: EngineText,
  spki: Bytes,
  kind: 'public-key' | 'verify-key' = 'public-key',
): Packet {
  return packet(address, kind, label, false, [
    { name: 'public key', bytes: spki, note: say('note.spki') },
  ]);
}

export function keySharePacket(
  address: Addressing,
  label: EngineText,
  algorithm: string,
  publicRaw: Bytes,
): Packet {
  return packet(address, 'key-share', label, false, [
    {
      name: 'public value',
      bytes: publicRaw,
      note: say('note.public-value', { algorithm }),
    },
  ]);
}

/** A safety number sent in the packet stream (seed 004's automatic checksum) or read out over the phone. */
export function safetyNumberPacket(
  address: Addressing,
  digits: string,
  channel: Packet['channel'],
): Packet {
  return packet(
    address,
    'safety-number',
    say(channel === 'phone' ? 'packet.safety-number-phone' : 'packet.key-checksum'),
    false,
    [
      {
        name: 'safety number',
        bytes: utf8Encode(digits),
        note: say('note.safety-digits'),
      },
    ],
    undefined,
    channel,
  );
}

export function wrappedKeyPacket(address: Addressing, wrapped: Bytes): Packet {
  return packet(address, 'wrapped-key', say('packet.wrapped-key'), true, [
    { name: 'wrapped key', bytes: wrapped, note: say('note.wrapped-key') },
  ]);
}

/** A fresh nonce each side sends at the start of a session; both together name the session. */
export function sessionNoncePacket(address: Addressing, nonce: Bytes): Packet {
  return packet(address, 'session-nonce', say('packet.session-nonce'), false, [
    { name: 'nonce', bytes: nonce, note: say('note.session-nonce') },
  ]);
}

/** An application message: its fields come from the message codec. */
export function messagePacket(
  address: Addressing,
  messageId: string,
  fields: Field[],
  encrypted: boolean,
): Packet {
  return encrypted
    ? packet(address, 'encrypted-message', say('packet.encrypted-message'), true, fields, messageId)
    : packet(address, 'message', say('packet.message'), false, fields, messageId);
}

/** The same packet with one field's bytes replaced (Oscar's rewrites keep the layout). */
export function withField(original: Packet, name: string, bytes: Bytes): Packet {
  return {
    ...original,
    fields: original.fields.map((f) => (f.name === name ? { ...f, bytes } : f)),
  };
}

/** The bytes of a named field; a missing field is a bug in the scenario, not bad input. */
export function fieldBytes(packet: Packet, name: string): Bytes {
  const field = packet.fields.find((f) => f.name === name);
  if (!field) throw new Error(`Packet ${packet.id} (${packet.kind}) has no field "${name}".`);
  return field.bytes;
}

/** "iv 12 B | ciphertext 42 B | tag 16 B" */
export function describeLayout(packet: Packet): string {
  return packet.fields.map((f) => `${f.name} ${f.bytes.length} B`).join(' | ');
}

export function certificatePacket(
  address: Addressing,
  label: EngineText,
  der: Bytes,
  channel: Packet['channel'] = 'wire',
): Packet {
  return packet(
    address,
    'certificate',
    label,
    false,
    [
      {
        name: 'certificate',
        bytes: der,
        note: say('note.certificate'),
      },
    ],
    undefined,
    channel,
  );
}

/** The packet with one more field appended (a signature over a key share, say). */
export function withExtraField(original: Packet, field: Field): Packet {
  return { ...original, fields: [...original.fields, field] };
}
