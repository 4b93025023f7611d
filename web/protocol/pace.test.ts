import { describe, expect, it } from 'vitest';
import { KeyCache } from './keyring.ts';
import { PRESETS, presetConfig } from './presets.ts';
import { runScenario } from './scenario.ts';
import type { Trace } from './trace.ts';

// A run paced by the page (a wait before each packet) must be the same run as without it.
const keys = new KeyCache();

async function run(id: 'handshake' | 'oscar-in-the-middle', pace?: () => Promise<void>) {
  const config = { ...presetConfig(id), rsaBits: 1024 as const };
  return runScenario(PRESETS[id].scenario, config, PRESETS[id].plan, keys, pace);
}

const shape = (trace: Trace) => trace.events.map((e) => `${e.type} ${e.actor}`);

describe('a paced run', () => {
  for (const id of ['handshake', 'oscar-in-the-middle'] as const) {
    it(`${id}: waits once per packet and plays exactly as unpaced`, async () => {
      let waits = 0;
      const paced = await run(id, async () => {
        waits++;
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      const unpaced = await run(id);
      const sent = paced.events.filter((e) => e.type === 'packet-sent').length;
      expect(sent).toBeGreaterThan(2);
      expect(waits).toBe(sent);
      expect(shape(paced)).toEqual(shape(unpaced));
      expect(paced.outcome).toEqual(unpaced.outcome);
    });
  }
});
