import { applyDefences, defenceDifferences } from '../protocol/matrix/defences.ts';
import type { ScenarioConfig } from '../protocol/types.ts';

/** What the matrix link carries: the defences picked and the row on the stage. */
export interface MatrixLink {
  readonly defences: ScenarioConfig;
  readonly row: string | null;
  /** Parts of the link that were not used, each with why. */
  readonly problems: readonly string[];
}

/** Reads `#/matrix?exchange=ecdh&sequence-numbers=on&row=replay`. */
export function parseMatrixLink(query: string): MatrixLink {
  const written = new Map<string, string>();
  let row: string | null = null;
  for (const [name, value] of new URLSearchParams(query)) {
    if (name === 'row') row ??= value;
    else if (!written.has(name)) written.set(name, value);
  }
  const { config, rejected } = applyDefences(written);
  return {
    defences: config,
    row,
    problems: rejected.map((r) => `“${r.name}=${r.written}” was ignored. ${r.reason}`),
  };
}

export function formatMatrixLink(defences: ScenarioConfig, row: string | null): string {
  const params = new URLSearchParams(defenceDifferences(defences));
  if (row) params.set('row', row);
  const query = params.toString();
  return `#/matrix${query ? `?${query}` : ''}`;
}
