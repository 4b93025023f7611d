import { utf8Encode } from '../../crypto/encoding.ts';
import { say } from '../../text/messages/engine.ts';
import type { TamperOptions } from '../oscar/tamperer.ts';
import type { Field, Packet } from '../packet-types.ts';
import type { PartyId } from '../parties.ts';
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
export function oscarCopiesKeys(
  run: Run,
  from: PartyId,
  keys: readonly SessionKey[],
  how: { readonly inside: PartyId } | { readonly stolenFrom: PartyId },
) {
  for (const key of keys) {
    run.oscar.aes.push(key);
    const held = { actor: 'oscar', owner: from, fingerprint: key.info.fingerprint.short };
    run.keyLearned(
      'oscar',
      key.info,
      'shared',
      'inside' in how
        ? say('narration.oscar-inside-holds', { ...held, relay: how.inside })
        : say('narration.oscar-stole-holds', { ...held, victim: how.stolenFrom }),
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
  if (!alter) {
    run.emit({
      type: 'intercepted',
      actor: 'oscar',
      packet,
      action: { do: 'forward' },
      attempt:
        passing.text !== null
          ? { readable: true, text: passing.text, detail: say('detail.relay-opens') }
          : { readable: false, detail: say('detail.relay-cannot-open') },
      narration: say(
        passing.text !== null ? 'narration.oscar-inside-reads' : 'narration.oscar-inside-sees',
        { actor: 'oscar', relay },
      ),
    });
    if (passing.text !== null && packet.messageId)
      run.read(
        'oscar',
        packet.messageId,
        passing.text,
        say('narration.oscar-reads', { actor: 'oscar', text: passing.text }),
      );
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
  const what = { byte: String(byte), field, was: hex(was), xor: hex(xor), now: hex(was ^ xor) };
  const text = passing.text !== null ? new TextDecoder().decode(changed) : null;
  // He reads it first (the relay he is inside opened it), then changes it.
  if (passing.text !== null && packet.messageId)
    run.read(
      'oscar',
      packet.messageId,
      passing.text,
      say('narration.oscar-reads', { actor: 'oscar', text: passing.text }),
    );
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
            detail: say('detail.relay-changes-text', { ...what, relay, text }),
          }
        : { readable: false, detail: say('detail.relay-changes-ciphertext', { ...what, relay }) },
    narration:
      text !== null
        ? say('narration.oscar-inside-changes-text', { actor: 'oscar', relay, text })
        : say('narration.oscar-inside-flips', { actor: 'oscar', relay, byte: String(byte) }),
  });
  return text !== null
    ? { text, fields: passing.fields }
    : {
        text: null,
        fields: passing.fields.map((f) => (f.name === field ? { ...f, bytes: changed } : f)),
      };
}
