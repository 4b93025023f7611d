import { generateAesKey, importAesKey } from '../../crypto/aes.ts';
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
    `Alice makes an AES-${key.bits} key ${alice.info.fingerprint.short} for Bob.`,
  );
  const packet: Packet = {
    ...run.nextAddress('alice', 'bob'),
    kind: 'plain-key',
    label: 'the AES key, unprotected',
    encrypted: false,
    channel: 'wire',
    fields: [{ name: 'key', bytes: key.raw, note: 'the raw AES key, in the clear' }],
  };
  const arrived = await run.transmit(
    packet,
    `Alice sends the ${key.raw.length}-byte key to Bob as it is, like a postcard.`,
  );
  const bobKey = await importAesKey(fieldOf(arrived));
  const bob = { key: bobKey, info: await describeAesKey('session/bob', 'shared', bobKey) };
  run.keyLearned('bob', bob.info, 'shared', `Bob stores key ${bob.info.fingerprint.short}.`);
  if (run.oscarPresent) {
    const copied = await importAesKey(fieldOf(packet));
    oscarComputedKey(
      run,
      { key: copied, info: await describeAesKey('session/oscar', 'shared', copied) },
      `Oscar copied the ${copied.raw.length} key bytes as they passed: he holds the key too.`,
    );
  }
  await talk(run, { alice, bob });
}

function fieldOf(packet: Packet): Uint8Array {
  const field = packet.fields.find((f) => f.name === 'key');
  if (!field) throw new Error('The packet carries no key.');
  return field.bytes;
}
