import { echo } from '../crypto/text.ts';
import { applyDefences, defenceDifferences } from '../protocol/matrix/defences.ts';
import { matrixRows } from '../protocol/matrix/rows.ts';
import type { ScenarioConfig } from '../protocol/types.ts';
import { BEST_ATTACK_ROW } from '../ui/matrix/BestAttackRow.tsx';
import { readQuery, unreadNotice, writeQuery } from './link-query.ts';

/** What the matrix link carries: the defences picked and the row on the stage. */
export interface MatrixLink {
  readonly defences: ScenarioConfig;
  readonly row: string | null;
  /** Parts of the link that were not used, each with why. */
  readonly problems: readonly string[];
}

/**
 * Reads `#/matrix?exchange=ecdh&sequence-numbers=on&row=replay`. Every part not used is named:
 * an unknown or repeated setting, a value not offered, a row that these defences do not have.
 */
export function parseMatrixLink(query: string): MatrixLink {
  const written = new Map<string, string>();
  const problems: string[] = [];
  let row: string | null = null;
  const read = readQuery(query);
  for (const [name, value] of read.pairs) {
    if (name === 'row' ? row !== null : written.has(name)) {
      problems.push(
        `${echo(`${name}=${value}`)} was ignored: “${name}” appears more than once, and the first one is used.`,
      );
    } else if (name === 'row') row = value;
    else written.set(name, value);
  }
  const unread = unreadNotice(read);
  if (unread) problems.push(unread);
  const { config, rejected } = applyDefences(written);
  for (const r of rejected)
    problems.push(`${echo(`${r.name}=${r.written}`)} was ignored. ${r.reason}`);
  const rows = [...matrixRows(config).map((r) => r.id), BEST_ATTACK_ROW];
  if (row !== null && !rows.includes(row)) {
    problems.push(
      `${echo(`row=${row}`)} was ignored: with these defences the rows are ${rows.join(', ')}.`,
    );
    row = null;
  }
  return { defences: config, row, problems };
}

export function formatMatrixLink(defences: ScenarioConfig, row: string | null): string {
  const query = writeQuery([
    ...defenceDifferences(defences),
    ...(row ? [['row', row] as const] : []),
  ]);
  return `#/matrix${query ? `?${query}` : ''}`;
}
