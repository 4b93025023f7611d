/**
 * Random test inputs that can be replayed. The seed is chosen once per test run (or read
 * from HANDSHAKE_TEST_SEED), each test starts from the seed and its own name, and a failing
 * test prints the seed. Keys that WebCrypto generates stay truly random: it takes no seed.
 */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    testSeed: number;
  }
}

let state = 0;

/** The run's seed, shared by every test file. */
export function testSeed(): number {
  return inject('testSeed');
}

/** Restarts the sequence for one test: the same seed and name give the same inputs. */
export function reseed(seed: number, name: string): void {
  let h = seed >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x9e3779b1) >>> 0;
  state = h;
}

/** mulberry32: small, fast, and plenty for choosing test inputs. */
function next32(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** A whole number in [0, below). */
export function seededInt(below: number): number {
  return Math.floor((next32() / 2 ** 32) * below);
}

export function seededBytes(length: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, () => next32() & 0xff);
}

/** A whole number in [0, limit), for BigInt tests. */
export function seededBigBelow(limit: bigint): bigint {
  if (limit < 1n) throw new RangeError('The limit must be positive.');
  const words = Math.ceil((limit - 1n).toString(2).length / 32) + 1;
  let value = 0n;
  for (let i = 0; i < words; i++) value = (value << 32n) | BigInt(next32());
  return value % limit;
}
