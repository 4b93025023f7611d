import { generateAesKey, importAesKey } from '../../crypto/aes.ts';
import { say } from '../../text/messages/engine.ts';
import { describeAesKey } from '../keyring.ts';
import type { Packet } from '../packet-types.ts';
import type { Run } from '../run.ts';
import { oscarComputedKey, talk } from './toy-numbers.ts';

/**
 * The locked box's open question, tried: Alice sends the AES key itself as a postcard first,
 * then both talk under it. Whoever copied the key opens every message.
 */
export async function keyInTheClear(run: Run): Promise<void> {
  const key = await generateAesKey(run.config.aesBits);
  const alice = { key, info: await describeAesKey('session/alice', 'shared', key) };
  run.keyGenerated(
    'alice',
    alice.info,
    say('narration.makes-key-for-peer', {
      actor: 'alice',
      bits: String(key.bits),
      fingerprint: alice.info.fingerprint.short,
      peer: 'bob',
    }),
  );
  const packet: Packet = {
    ...run.nextAddress('alice', 'bob'),
    kind: 'plain-key',
    label: say('packet.plain-key'),
    encrypted: false,
    channel: 'wire',
    fields: [{ name: 'key', bytes: key.raw, note: say('note.raw-key') }],
  };
  const arrived = await run.transmit(
    packet,
    say('narration.sends-key-in-clear', {
      actor: 'alice',
      size: String(key.raw.length),
      to: 'bob',
    }),
  );
  const bobKey = await importAesKey(fieldOf(arrived));
  const bob = { key: bobKey, info: await describeAesKey('session/bob', 'shared', bobKey) };
  run.keyLearned(
    'bob',
    bob.info,
    'shared',
    say('narration.stores-key', { actor: 'bob', fingerprint: bob.info.fingerprint.short }),
  );
  if (run.oscarPresent) {
    const copied = await importAesKey(fieldOf(packet));
    oscarComputedKey(
      run,
      { key: copied, info: await describeAesKey('session/oscar', 'shared', copied) },
      say('narration.oscar-copied-key', { actor: 'oscar', size: String(copied.raw.length) }),
    );
  }
  await talk(run, { alice, bob });
}

function fieldOf(packet: Packet): Uint8Array {
  const field = packet.fields.find((f) => f.name === 'key');
  if (!field) throw new Error('The packet carries no key.');
  return field.bytes;
}
