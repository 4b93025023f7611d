import { describe, expect, it } from 'vitest';
import { formatMatrixLink, parseMatrixLink } from './matrix-url.ts';

describe('the matrix link', () => {
  it('reads defences and the row, and writes them back', () => {
    const link = parseMatrixLink('sequence-numbers=on&row=replay');
    expect(link.defences.sequenceNumbers).toBe('on');
    expect(link.row).toBe('replay');
    expect(link.problems).toEqual([]);
    expect(formatMatrixLink(link)).toBe('#/matrix?sequence-numbers=on&row=replay');
  });

  it('takes the handshake’s key schedule (its rows run with it) without a notice', () => {
    const link = parseMatrixLink('key-schedule=tls13&row=forge-close');
    expect(link.defences.keySchedule).toBe('tls13');
    expect(link.problems).toEqual([]);
    expect(formatMatrixLink(link)).toBe('#/matrix?key-schedule=tls13&row=forge-close');
  });

  it('names every part it did not use: unknown, repeated, not offered, a row it does not have', () => {
    const { problems, row, defences } = parseMatrixLink(
      'cipher=aes-ctr&cipher=aes-gcm&colour=red&rsa=2048.0&row=nope&row=replay',
    );
    expect(defences.cipher).toBe('aes-ctr');
    expect(row).toBeNull();
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toContain(
      '“cipher=aes-gcm” was ignored: “cipher” appears more than once',
    );
    expect(problems.join('\n')).toContain('“row=replay” was ignored');
    expect(problems.join('\n')).toContain('“colour=red” was ignored');
    expect(problems.join('\n')).toContain('“rsa=2048.0” was ignored');
    expect(problems.join('\n')).toContain(
      '“row=nope” was ignored: no row has that name with these defences. The rows are',
    );
  });

  it('echoes a 10,000-character value shortened', () => {
    const { problems } = parseMatrixLink(`cipher=${'x'.repeat(10_000)}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.length).toBeLessThan(200);
    expect(problems[0]).toContain('…”');
  });
});
