import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32, unzip, zip } from './zip.ts';

const text = (s: string) => new TextEncoder().encode(s);
const folder = mkdtempSync(join(tmpdir(), 'zip-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('crc32', () => {
  it('matches the published check values', () => {
    // The CRC-32 "check" value of the catalogue of parametrised CRC algorithms (CRC-32/ISO-HDLC).
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(text('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });
});

describe('zip', () => {
  const entries = [
    { name: 'imsmanifest.xml', bytes: text('<?xml version="1.0"?><manifest/>') },
    { name: 'folder/page.html', bytes: text('<!doctype html><p>é ✓</p>') },
    { name: 'empty.txt', bytes: new Uint8Array() },
    { name: 'random.bin', bytes: Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256) },
  ];
  const archive = zip(entries);

  it('reads back every entry byte for byte', () => {
    expect(unzip(archive)).toEqual(entries);
  });

  it('refuses an archive with a flipped byte in an entry', () => {
    const broken = archive.slice();
    broken[1000] = (broken[1000] ?? 0) ^ 1; // inside random.bin's data
    expect(() => unzip(broken)).toThrow(/CRC-32 mismatch/);
  });

  it('passes `unzip -t` and extracts the same bytes with Info-ZIP, where it is installed', (context) => {
    if (spawnSync('unzip', ['-v']).status !== 0) context.skip();
    const file = join(folder, 'test.zip');
    writeFileSync(file, archive);
    expect(execFileSync('unzip', ['-t', file]).toString()).toMatch(/No errors detected/);
    execFileSync('unzip', ['-q', '-o', file, '-d', join(folder, 'out')]);
    for (const entry of entries)
      expect(new Uint8Array(readFileSync(join(folder, 'out', entry.name)))).toEqual(entry.bytes);
  });
});
