import { type Bytes, concatBytes, randomBytes } from '../../crypto/bytes.ts';
import { utf8Encode } from '../../crypto/encoding.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import type { Field, Packet, PacketKind } from '../packet-types.ts';
import type { Addressing } from '../packets.ts';

/** How seed 003 writes each packet kind; "DATA" is an encrypted, signed message. */
export const WIRE_NAMES: Partial<Record<PacketKind, string>> = {
  hello: 'HELLO',
  'hello-ack': 'HELLO+ACK',
  ack: 'ACK',
  'wrapped-key': 'KEY',
  'encrypted-message': 'DATA',
  finished: 'FINISHED',
  close: 'CLOSE',
};

export function wireName(kind: PacketKind): string {
  return WIRE_NAMES[kind] ?? kind;
}

export const NONCE_BYTES = 16;

export function freshNonce(): Bytes {
  return randomBytes(NONCE_BYTES);
}

function framing(
  address: Addressing,
  kind: 'hello' | 'hello-ack' | 'ack' | 'finished' | 'close',
  label: EngineText,
  fields: Field[],
): Packet {
  return {
    ...address,
    kind,
    label,
    encrypted: false,
    channel: 'wire',
    fields: [
      { name: 'type', bytes: utf8Encode(wireName(kind)), note: say('note.in-the-clear') },
      ...fields,
    ],
  };
}

const nonceField = (nonce: Bytes): Field => ({
  name: 'nonce',
  bytes: nonce,
  note: say('note.hello-nonce', { size: String(NONCE_BYTES) }),
});

/** The keys a HELLO or HELLO+ACK carries when they were not known in advance. */
export interface CarriedKeys {
  readonly encryptionKey?: Bytes;
  readonly verifyKey?: Bytes;
}

function keyFields(keys: CarriedKeys): Field[] {
  return [
    ...(keys.encryptionKey
      ? [{ name: 'public key', bytes: keys.encryptionKey, note: say('note.rsa-oaep-spki') }]
      : []),
    ...(keys.verifyKey
      ? [{ name: 'verify key', bytes: keys.verifyKey, note: say('note.verify-key-spki') }]
      : []),
  ];
}

export function helloPacket(address: Addressing, nonce: Bytes, keys: CarriedKeys = {}): Packet {
  return framing(address, 'hello', say('packet.hello'), [nonceField(nonce), ...keyFields(keys)]);
}

export function helloAckPacket(address: Addressing, nonce: Bytes, keys: CarriedKeys = {}): Packet {
  return framing(address, 'hello-ack', say('packet.hello-ack'), [
    nonceField(nonce),
    ...keyFields(keys),
  ]);
}

export function ackPacket(address: Addressing): Packet {
  return framing(address, 'ack', say('packet.ack'), []);
}

/** The server's AES key, wrapped for the client; with a signature over the transcript when asked. */
export function keyPacket(address: Addressing, wrapped: Bytes, signature: Bytes | null): Packet {
  return {
    ...address,
    kind: 'wrapped-key',
    label: say('packet.wrapped-key'),
    encrypted: true,
    channel: 'wire',
    fields: [
      { name: 'wrapped key', bytes: wrapped, note: say('note.wrapped-key') },
      ...(signature
        ? [
            {
              name: 'signature',
              bytes: signature,
              note: say('note.server-signature'),
            },
          ]
        : []),
    ],
  };
}

/** Key confirmation: the sender's MAC over the transcript hash so far. */
export function finishedPacket(address: Addressing, mac: Bytes): Packet {
  return framing(address, 'finished', say('packet.finished'), [
    {
      name: 'mac',
      bytes: mac,
      note: say('note.finished-mac'),
    },
  ]);
}

/** close_notify: an alert sealed as the last record, so it covers every record before it. */
export function closeNotifyPacket(address: Addressing, record: Field[]): Packet {
  return {
    ...address,
    kind: 'close',
    label: say('packet.close-notify'),
    encrypted: true,
    channel: 'wire',
    fields: record,
  };
}

/** CLOSE; authenticated, it says how many messages were sent and is signed by the client. */
export function closePacket(
  address: Addressing,
  authenticated: { count: number; signature: Bytes } | null,
): Packet {
  return framing(
    address,
    'close',
    say('packet.close'),
    authenticated
      ? [
          {
            name: 'messages',
            bytes: new Uint8Array([authenticated.count]),
            note: say('note.close-count'),
          },
          {
            name: 'signature',
            bytes: authenticated.signature,
            note: say('note.close-signature'),
          },
        ]
      : [],
  );
}

const SIGNED_KINDS: readonly PacketKind[] = ['hello', 'hello-ack', 'wrapped-key'];

/** What the server signs: HELLO, HELLO+ACK and the wrapped key, as this side saw them. */
export function transcriptBytes(packets: readonly Packet[]): Bytes {
  return concatBytes(
    ...packets
      .filter((p) => SIGNED_KINDS.includes(p.kind))
      .flatMap((p) => [
        utf8Encode(wireName(p.kind)),
        ...p.fields.filter((f) => f.name !== 'signature').map((f) => f.bytes),
      ]),
  );
}

/** What an authenticated CLOSE signs: bound to this connection by both nonces. */
export function closeBytes(clientNonce: Bytes, serverNonce: Bytes, count: number): Bytes {
  return concatBytes(utf8Encode('CLOSE'), clientNonce, serverNonce, new Uint8Array([count]));
}
