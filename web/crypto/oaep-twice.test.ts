import { expect, test } from 'vitest';
import { bytesEqual } from './bytes.ts';
import { wrapSameKeyTwice } from './oaep-twice.ts';
import { generateRsaOaepKeyPair, unwrapAesKey } from './rsa.ts';

test('the same key wrapped twice gives different bytes, and both unwrap to it', async () => {
  const bob = await generateRsaOaepKeyPair(1024);
  const { key, first, second } = await wrapSameKeyTwice(bob.spki);
  expect(first).toHaveLength(128);
  expect(second).toHaveLength(128);
  expect(bytesEqual(first, second)).toBe(false);
  expect(bytesEqual(await unwrapAesKey(bob.privateKey, first), key)).toBe(true);
  expect(bytesEqual(await unwrapAesKey(bob.privateKey, second), key)).toBe(true);
});
