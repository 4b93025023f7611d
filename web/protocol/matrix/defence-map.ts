import { type SettingText, settingSays as says } from '../../text/messages/settings.ts';
import type { ScenarioConfig } from '../config-types.ts';
import type { KeyCache } from '../keyring.ts';
import type { ScenarioSettings } from '../setting-kinds.ts';
import { MATRIX_SETTINGS } from './defences.ts';
import { type MatrixResult, runMatrix } from './run-matrix.ts';

/** One defence turned on: a setting and the value that means "on". */
export interface DefenceSwitch {
  readonly name: string;
  readonly value: string;
  /** A column heading. */
  readonly label: SettingText;
}

/** The defence map's columns, in the defence bar's order. */
export const DEFENCE_SWITCHES: readonly DefenceSwitch[] = [
  { name: 'exchange', value: 'ecdh', label: says('defence.exchange') },
  { name: 'check', value: 'out-of-band', label: says('defence.check') },
  { name: 'certificates', value: 'on', label: says('defence.certificates') },
  { name: 'cipher', value: 'aes-gcm', label: says('defence.cipher') },
  { name: 'signatures', value: 'ecdsa', label: says('defence.signatures') },
  { name: 'placement', value: 'inside', label: says('defence.placement') },
  { name: 'sequence-numbers', value: 'on', label: says('defence.sequence-numbers') },
  { name: 'ephemeral', value: 'on', label: says('defence.ephemeral') },
  { name: 'relays', value: 'end-to-end', label: says('defence.relays') },
  { name: 'key-schedule', value: 'tls13', label: says('defence.key-schedule') },
];

/**
 * What turning one defence on (the others as chosen) does to one strategy: it is on already,
 * it stops him, it is not enough, there was nothing to stop, it lets him win, or it cannot be
 * turned on alone (a signature's placement needs signatures).
 */
export type MapCell = 'on' | 'stops' | 'not-enough' | 'nothing-to-stop' | 'lets-him-win' | 'needs';

export interface MapRow {
  /** The grid row's family: "mitm/expired" counts as "mitm". */
  readonly id: string;
  readonly label: SettingText;
  readonly cells: readonly MapCell[];
}

/** A grid row's family, so that rows present under some defences only still line up. */
export function rowFamily(id: string): string {
  return id.startsWith('mitm/') ? 'mitm' : id;
}

function turnedOn(defences: ScenarioConfig, on: DefenceSwitch): ScenarioConfig | 'on' | 'needs' {
  const settings: ScenarioSettings = { config: defences, plan: { presence: 'off' } };
  const setting = MATRIX_SETTINGS.find((s) => s.name === on.name);
  if (!setting) throw new Error(`“Can Oscar win?” has no defence “${on.name}”.`);
  if (setting.format(settings) === on.value) return 'on';
  if (setting.appliesWhen && !setting.appliesWhen.test(settings)) return 'needs';
  const applied = setting.apply(settings, on.value);
  if ('problem' in applied) throw new Error(`The defence ${on.name}=${on.value} is refused`);
  return applied.settings.config;
}

/** Oscar wins a family when he wins any of its rows. */
function winners(results: readonly MatrixResult[]): Map<string, boolean> {
  const won = new Map<string, boolean>();
  for (const { row, verdict } of results) {
    const family = rowFamily(row.id);
    won.set(family, (won.get(family) ?? false) || verdict.winner === 'oscar');
  }
  return won;
}

/**
 * Strategies down the side, defences across: each cell computed by running the whole grid
 * with that one defence turned on. `grid` is the grid at the chosen defences.
 */
export async function defenceMap(
  defences: ScenarioConfig,
  grid: readonly MatrixResult[],
  keys: KeyCache,
  between: () => Promise<void> | void = () => {},
): Promise<MapRow[]> {
  const before = winners(grid);
  const columns: (Map<string, boolean> | 'on' | 'needs')[] = [];
  for (const on of DEFENCE_SWITCHES) {
    const config = turnedOn(defences, on);
    columns.push(typeof config === 'string' ? config : winners(await runMatrix(config, keys)));
    await between();
  }
  const labels = new Map(grid.map(({ row }) => [rowFamily(row.id), row.label] as const));
  return [...before].map(([id, wonBefore]) => {
    // A family is named as its strategy: "mitm/expired" is one of "mitm"'s rows.
    const label = id === 'mitm' ? says('strategy.mitm') : labels.get(id);
    if (!label) throw new Error(`The grid has no row of the family ${id}`);
    return {
      id,
      label,
      cells: columns.map((column): MapCell => {
        if (typeof column === 'string') return column;
        const wonAfter = column.get(id) ?? false;
        if (wonBefore) return wonAfter ? 'not-enough' : 'stops';
        return wonAfter ? 'lets-him-win' : 'nothing-to-stop';
      }),
    };
  });
}
