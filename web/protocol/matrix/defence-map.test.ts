import { describe, expect, it } from 'vitest';
import { KeyCache } from '../keyring.ts';
import { DEFENCE_SWITCHES, defenceMap } from './defence-map.ts';
import { MATRIX_DEFAULTS } from './defences.ts';
import { runMatrix } from './run-matrix.ts';

const keys = new KeyCache();
const column = (name: string) => DEFENCE_SWITCHES.findIndex((s) => s.name === name);

describe('The defence map: which single defence stops which strategy', () => {
  it('at the defaults (RSA transport, AES-GCM, nothing else), reasoned cell by cell', async () => {
    const defences = { ...MATRIX_DEFAULTS, rsaBits: 1024 as const };
    const map = await defenceMap(defences, await runMatrix(defences, keys), keys);
    const cell = (row: string, name: string) => map.find((r) => r.id === row)?.cells[column(name)];
    // AES-GCM is already on; without signatures, where they would travel changes nothing.
    expect(cell('tamper', 'cipher')).toBe('on');
    expect(cell('replay', 'placement')).toBe('not-enough');
    // A copy, a held-back order, a dropped order: sequence numbers, nothing else.
    for (const row of ['replay', 'reorder', 'drop']) {
      expect(cell(row, 'sequence-numbers'), row).toBe('stops');
      expect(cell(row, 'signatures'), row).toBe('not-enough');
    }
    // Swapped keys: a phone check stops him; ECDH alone does not, nor do certificates, since
    // one of his forgeries is a certificate from a compromised CA.
    expect(cell('mitm', 'check')).toBe('stops');
    expect(cell('mitm', 'certificates')).toBe('not-enough');
    expect(cell('mitm', 'exchange')).toBe('not-enough');
    // Record now, decrypt later: ECDH with fresh keys (ephemeral is on) stops it.
    expect(cell('steal-key-later', 'exchange')).toBe('stops');
    // Hop by hop a relay reads; end to end it cannot.
    expect(cell('passive/inside-relay', 'relays')).toBe('stops');
    // A signed CLOSE stops a forged one; GCM was already there.
    expect(cell('forge-close', 'signatures')).toBe('stops');
    // TLS 1.3's key schedule: his close_notify does not open under a key he lacks.
    expect(cell('forge-close', 'key-schedule')).toBe('stops');
    expect(cell('replay', 'key-schedule')).toBe('not-enough');
    // Nothing to stop where he gains nothing: a passive Oscar against RSA and AES-GCM.
    expect(cell('passive', 'sequence-numbers')).toBe('nothing-to-stop');
  }, 120_000);
});
