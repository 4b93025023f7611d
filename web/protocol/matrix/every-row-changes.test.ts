import { describe, expect, it } from 'vitest';
import type { ScenarioConfig } from '../config-types.ts';
import { KeyCache } from '../keyring.ts';
import type { ScenarioSettings } from '../setting-kinds.ts';
import { MATRIX_DEFAULTS, MATRIX_SETTINGS } from './defences.ts';
import { runMatrix } from './run-matrix.ts';

const keys = new KeyCache();
/** Where the comparisons start: the page's defaults, and the same with ECDH. */
const BASELINES: ScenarioConfig[] = [
  { ...MATRIX_DEFAULTS, rsaBits: 1024 },
  { ...MATRIX_DEFAULTS, rsaBits: 1024, keyExchange: 'ecdh' },
];

/**
 * "mitm/expired" is Oscar in the middle presenting a forgery: the row certificates turn the
 * plain "mitm" row into. Every other row is its own.
 */
const family = (id: string) => (id.startsWith('mitm/') ? 'mitm' : id);

/** Every configuration one defence away from `base`: each other choice of each defence. */
function oneChangeFrom(base: ScenarioConfig): ScenarioConfig[] {
  const settings: ScenarioSettings = { config: base, plan: { presence: 'off' } };
  return MATRIX_SETTINGS.flatMap((setting) =>
    setting.choices
      .filter((c) => c.value !== setting.format(settings))
      .map((c) => setting.apply(settings, c.value))
      .flatMap((applied) => ('settings' in applied ? [applied.settings.config] : [])),
  );
}

describe('“Can Oscar win?”: every row’s outcome changes with at least one defence', () => {
  it('each row, from a baseline, turns with one defence changed', async () => {
    const changes = new Map<string, string[]>();
    for (const base of BASELINES) {
      const before = new Map(
        (await runMatrix(base, keys)).map(({ row, verdict }) => [
          family(row.id),
          JSON.stringify(verdict),
        ]),
      );
      for (const changed of oneChangeFrom(base)) {
        for (const { row, verdict } of await runMatrix(changed, keys)) {
          const was = before.get(family(row.id));
          if (was !== undefined && was !== JSON.stringify(verdict))
            changes.set(family(row.id), [...(changes.get(family(row.id)) ?? []), row.id]);
        }
      }
      for (const id of before.keys()) changes.set(id, changes.get(id) ?? []);
    }
    const unchanged = [...changes].filter(([, seen]) => seen.length === 0).map(([id]) => id);
    expect(unchanged).toEqual([]);
    expect(changes.size).toBeGreaterThanOrEqual(12);
  }, 240_000);
});
