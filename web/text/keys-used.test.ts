import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage } from './index.ts';

const web = new URL('..', import.meta.url).pathname;

/** Every source file of the page, tests and the engine's workers aside. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('the interface’s keys', () => {
  it('are all in the catalogue: every "ui.…" key written in a component is registered', async () => {
    const files = sources(join(web, 'text'));
    for (const file of files) await import(file);
    const used = sources(web)
      .filter((file) => !file.includes('/text/'))
      .flatMap((file) => {
        const code = readFileSync(file, 'utf8');
        return [...code.matchAll(/(?<=['"])ui(?:\.[a-z0-9-]+)+(?=['"])/g)].map((match) => ({
          key: match[0],
          file: file.slice(web.length),
        }));
      });
    expect(used.length).toBeGreaterThan(200);
    expect(used.filter(({ key }) => !hasMessage(key))).toEqual([]);
  });
});
