import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../protocol/index.ts';
import { summariseDefences } from './DefenceSummary.tsx';

describe("the slide's one-line summary of the defences", () => {
  it('names each defence in use with its choice in a few words, and lists those off', () => {
    const { on, off } = summariseDefences({ ...DEFAULT_CONFIG, signatures: 'ecdsa' });
    expect(on).toContain('Signatures: ECDSA P-256');
    expect(off).toContain('Key schedule and Finished');
    expect([...on, ...off].every((line) => !line.includes('undefined'))).toBe(true);
  });

  it('leaves out where a signature goes while nothing is signed', () => {
    const unsigned = summariseDefences({ ...DEFAULT_CONFIG, signatures: 'off' });
    const signed = summariseDefences({ ...DEFAULT_CONFIG, signatures: 'ecdsa' });
    expect(unsigned.on.length + unsigned.off.length).toBe(signed.on.length + signed.off.length - 1);
  });
});
