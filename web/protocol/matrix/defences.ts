import { settingSays } from '../../text/messages/settings.ts';
import { PAYMENT_ORDER } from '../../text/spoken.ts';
import type { ScenarioConfig } from '../config-types.ts';
import { DEFAULT_CONFIG } from '../presets.ts';
import type { ScenarioSettings, Setting } from '../setting-kinds.ts';
import { applySettings, SETTINGS, type SettingRejected } from '../settings.ts';

/**
 * The defences "Can Oscar win?" lets a user pick: the sandbox's, plus numbers, ephemeral keys
 * and the handshake's TLS 1.3 key schedule (its rows run in seed 003's handshake).
 */
export const MATRIX_SETTING_NAMES = [
  'exchange',
  'check',
  'certificates',
  'cipher',
  'signatures',
  'placement',
  'sequence-numbers',
  'ephemeral',
  'relays',
  'key-schedule',
] as const;

/** Settings that mean something only in some scenario: the grid runs them where they do. */
const EVERYWHERE_IN_THE_GRID: readonly string[] = ['relays', 'key-schedule'];

export const MATRIX_SETTINGS: readonly Setting[] = MATRIX_SETTING_NAMES.map((name) => {
  const setting = SETTINGS.find((s) => s.name === name);
  if (!setting) throw new Error(`The settings list has no "${name}".`);
  if (!EVERYWHERE_IN_THE_GRID.includes(name)) return setting;
  const { appliesWhen: _runsWhereItApplies, ...always } = setting;
  return always;
});

/** Where the page starts: the sandbox's defaults, and a payment order for Oscar to go after. */
export const MATRIX_DEFAULTS: ScenarioConfig = { ...DEFAULT_CONFIG, message: PAYMENT_ORDER };

/** The defences written as name → value (a link's query, command-line flags), over the defaults. */
export function applyDefences(
  written: ReadonlyMap<string, string>,
  base: ScenarioConfig = MATRIX_DEFAULTS,
): { config: ScenarioConfig; rejected: SettingRejected[] } {
  const known = new Map([...written].filter(([name]) => isMatrixSetting(name)));
  const settings: ScenarioSettings = { config: base, plan: { presence: 'off' } };
  const { settings: applied, rejected } = applySettings(settings, known, MATRIX_SETTINGS);
  const unknown = [...written.keys()]
    .filter((name) => !isMatrixSetting(name))
    .map((name) => ({
      name,
      written: written.get(name) ?? '',
      reason: settingSays('setting.matrix-sets-only', { names: MATRIX_SETTING_NAMES.join(', ') }),
    }));
  return { config: applied.config, rejected: [...rejected, ...unknown] };
}

/** name → value for every defence that differs from the defaults, in the settings' order. */
export function defenceDifferences(config: ScenarioConfig): [string, string][] {
  const settings: ScenarioSettings = { config, plan: { presence: 'off' } };
  const base: ScenarioSettings = { config: MATRIX_DEFAULTS, plan: { presence: 'off' } };
  return MATRIX_SETTINGS.map((s): [string, string] => [s.name, s.format(settings)]).filter(
    ([name, value]) => MATRIX_SETTINGS.find((s) => s.name === name)?.format(base) !== value,
  );
}

function isMatrixSetting(name: string): boolean {
  return (MATRIX_SETTING_NAMES as readonly string[]).includes(name);
}
