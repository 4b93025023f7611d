import { utf8Encode } from '../../crypto/encoding.ts';
import type { TamperOptions } from '../oscar/tamperer.ts';
import type { Field, Packet } from '../packet-types.ts';
import { type PartyId, partyName } from '../parties.ts';
import type { Run } from '../run.ts';
import type { SessionKey } from '../session-keys.ts';

const hex = (n: number) => `0x${n.toString(16).padStart(2, '0')}`;

/** Oscar inside a relay holds whatever it holds, and sees whatever it sees. */
export function oscarInside(run: Run, relay: PartyId): boolean {
  return (
    run.oscarPresent && run.topology.oscar?.on === 'relay' && run.topology.oscar.party === relay
  );
}

/** Once the keys are agreed: Oscar inside a relay holds a copy of each key it holds. */
export function oscarCopiesKeys(run: Run, from: PartyId, keys: readonly SessionKey[], how: string) {
  for (const key of keys) {
    run.oscar.aes.push(key);
    run.keyLearned(
      'oscar',
      key.info,
      'shared',
      `${how}: he holds ${partyName(from)}’s key ${key.info.fingerprint.short} too.`,
    );
  }
}

/** What leaves the relay: the text it re-encrypts (hop by hop), or the bytes it passes on (end to end). */
export interface Passing {
  readonly text: string | null;
  readonly fields: readonly Field[];
}

/**
 * Oscar inside `relay` with a message passing through. He reads what the relay reads. With
 * the tamperer's plan he changes Alice's first message: a byte of its text when the relay
 * opens it (it then encrypts the changed text, as it would any other), or of its ciphertext
 * when it cannot.
 */
export function oscarInRelay(
  run: Run,
  relay: PartyId,
  packet: Packet,
  passing: Passing,
  tamper: TamperOptions | null,
): Passing {
  const alter = tamper !== null && packet.messageId === 'm1';
  const name = partyName(relay);
  if (!alter) {
    run.emit({
      type: 'intercepted',
      actor: 'oscar',
      packet,
      action: { do: 'forward' },
      attempt:
        passing.text !== null
          ? { readable: true, text: passing.text, detail: 'The relay he is inside opens it.' }
          : {
              readable: false,
              detail:
                'The relay he is inside holds no key that opens it: he sees who, when and how many bytes.',
            },
      narration:
        passing.text !== null
          ? `Oscar, inside ${name}, reads it too. Nobody can tell.`
          : `Oscar, inside ${name}, sees the route and the size, not the text.`,
    });
    if (passing.text !== null && packet.messageId)
      run.read('oscar', packet.messageId, passing.text, `Oscar reads: "${passing.text}"`);
    return passing;
  }
  const field = passing.text !== null ? 'text' : 'ciphertext';
  const original =
    passing.text !== null
      ? utf8Encode(passing.text)
      : (passing.fields.find((f) => f.name === field)?.bytes ?? new Uint8Array());
  const byte = Math.max(0, Math.min(tamper.byte, original.length - 1));
  const xor = tamper.xor & 0xff;
  const changed = original.slice();
  changed[byte] = (changed[byte] ?? 0) ^ xor;
  const was = original[byte] ?? 0;
  const what = `byte ${byte} of the ${field}: ${hex(was)} XOR ${hex(xor)} = ${hex(was ^ xor)}`;
  const text = passing.text !== null ? new TextDecoder().decode(changed) : null;
  // He reads it first (the relay he is inside opened it), then changes it.
  if (passing.text !== null && packet.messageId)
    run.read('oscar', packet.messageId, passing.text, `Oscar reads: "${passing.text}"`);
  run.emit({
    type: 'intercepted',
    actor: 'oscar',
    packet,
    action: { do: 'modify', field, byte, xor },
    attempt:
      text !== null
        ? {
            readable: true,
            text: passing.text ?? '',
            detail: `He reads it and changes ${what} before ${name} encrypts it for the next link: it now says "${text}".`,
          }
        : {
            readable: false,
            detail: `He cannot read it, but he changes ${what} before ${name} passes it on.`,
          },
    narration:
      text !== null
        ? `Oscar, inside ${name}, changes the text before ${name} encrypts it again: "${text}".`
        : `Oscar, inside ${name}, flips bits in byte ${byte} of the ciphertext he cannot read.`,
  });
  return text !== null
    ? { text, fields: passing.fields }
    : {
        text: null,
        fields: passing.fields.map((f) => (f.name === field ? { ...f, bytes: changed } : f)),
      };
}
