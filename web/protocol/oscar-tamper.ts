import { generateAesKey } from '../crypto/aes.ts';
import { signatureScheme } from './exchange/verify-keys.ts';
import { describeAesKey } from './keyring.ts';
import { sealMessage } from './message-codec.ts';
import { oscarTriesToRead } from './oscar.ts';
import type { Run } from './run.ts';
import { type OscarPlan, PARTY_NAMES, type Packet } from './types.ts';

type TamperPlan = Extract<OscarPlan, { presence: 'tamper' }>;

/** Oscar changes Alice's first application message; everything else he only copies. */
export function isFirstMessage(packet: Packet): boolean {
  return packet.messageId === 'm1';
}

/**
 * XOR one byte of the message: of its ciphertext when it is encrypted, of its text when it
 * is not. He cannot read it; he only needs to know where the byte he wants to change is.
 */
export async function tamperWith(run: Run, packet: Packet, plan: TamperPlan): Promise<Packet> {
  const reading = await oscarTriesToRead(packet, run.oscar);
  const fieldName = packet.fields.some((f) => f.name === 'ciphertext') ? 'ciphertext' : 'text';
  const original = packet.fields.find((f) => f.name === fieldName)?.bytes ?? new Uint8Array();
  const byte = Math.max(0, Math.min(plan.byte, original.length - 1));
  const xor = plan.xor & 0xff;
  const changed = new Uint8Array(original);
  changed[byte] = (changed[byte] ?? 0) ^ xor;
  const modified: Packet = {
    ...packet,
    id: `${packet.id}-oscar`,
    forgedBy: 'oscar',
    fields: packet.fields.map((f) => (f.name === fieldName ? { ...f, bytes: changed } : f)),
  };
  const hex = (n: number) => `0x${n.toString(16).padStart(2, '0')}`;
  run.emit({
    type: 'intercepted',
    actor: 'oscar',
    packet,
    action: { do: 'modify', field: fieldName, byte, xor },
    attempt: {
      ...reading,
      detail: `${reading.readable ? 'He reads it, and' : 'He cannot read it, but'} he changes byte ${byte} of the ${fieldName}: ${hex(original[byte] ?? 0)} XOR ${hex(xor)} = ${hex(changed[byte] ?? 0)}, then sends it on to ${PARTY_NAMES[packet.to]}.`,
    },
    result: modified,
    narration: `Oscar catches ${packet.label} from ${PARTY_NAMES[packet.from]} and flips bits in byte ${byte} of the ${fieldName} (XOR ${hex(xor)}).`,
  });
  if (reading.readable && reading.text !== undefined && packet.messageId) {
    run.read('oscar', packet.messageId, reading.text, `Oscar reads: "${reading.text}"`);
  }
  return modified;
}

type ForgePlan = Extract<OscarPlan, { presence: 'forge' }>;

/**
 * Oscar replaces Alice's message with one he wrote. He has neither their session key nor
 * Alice's signing key, so he uses his own: whatever the checks make of it is the outcome.
 */
export async function forgeMessage(run: Run, packet: Packet, plan: ForgePlan): Promise<Packet> {
  const reading = await oscarTriesToRead(packet, run.oscar);
  const encrypted = packet.kind === 'encrypted-message';
  const ownKey = encrypted ? await generateAesKey(run.config.aesBits) : null;
  const key = ownKey
    ? { key: ownKey, info: await describeAesKey('oscar/forgery', 'oscar', ownKey) }
    : null;
  const { signatures, rsaBits } = run.config;
  const signer =
    signatures === 'off'
      ? null
      : (await run.keys.signing('oscar', await signatureScheme(signatures), rsaBits)).pair
          .privateKey;
  const forged: Packet = {
    ...packet,
    id: `${packet.id}-oscar`,
    forgedBy: 'oscar',
    fields: await sealMessage(plan.text, key, run.oscar.protection, signer),
  };
  const how = [
    encrypted ? 'encrypted under a key of his own (he does not have theirs)' : '',
    signer ? 'signed with his own key (he does not have Alice’s)' : '',
  ]
    .filter(Boolean)
    .join(', ');
  run.emit({
    type: 'intercepted',
    actor: 'oscar',
    packet,
    action: { do: 'replace', with: forged },
    attempt: {
      ...reading,
      detail: `${reading.readable ? 'He reads it, then' : 'He cannot read it, so'} he throws it away and sends “${plan.text}” in Alice’s name${how ? `, ${how}` : ''}.`,
    },
    result: forged,
    narration: `Oscar catches ${packet.label} from ${PARTY_NAMES[packet.from]} and sends one he wrote himself instead.`,
  });
  if (reading.readable && reading.text !== undefined && packet.messageId) {
    run.read('oscar', packet.messageId, reading.text, `Oscar reads: "${reading.text}"`);
  }
  return forged;
}
