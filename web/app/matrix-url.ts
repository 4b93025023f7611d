import {
  applyDefences,
  DEFAULT_DEPTH,
  defenceDifferences,
  MAX_DEPTH,
  matrixRows,
  type ScenarioConfig,
} from '../protocol/index.ts';
import { render } from '../text/index.ts';
import '../text/messages/settings-patterns.ts';
import { echo } from '../text/text.ts';
import { BEST_ATTACK_ROW } from '../ui/matrix/SearchPanel.tsx';
import { readQuery, unreadNotice, writeQuery } from '../ui/routing/link-query.ts';

export type MatrixView = 'grid' | 'map';

/** What the matrix link carries: the defences, the row on the stage, the view, the search bound. */
export interface MatrixLink {
  readonly defences: ScenarioConfig;
  readonly row: string | null;
  readonly view: MatrixView;
  readonly depth: number;
  /** Parts of the link that were not used, each with why. */
  readonly problems: readonly string[];
}

const VIEWS: readonly MatrixView[] = ['grid', 'map'];
const DEPTHS = Array.from({ length: MAX_DEPTH - DEFAULT_DEPTH + 1 }, (_, i) =>
  String(DEFAULT_DEPTH + i),
);

/**
 * Reads `#/matrix?exchange=ecdh&sequence-numbers=on&row=replay&view=map&depth=5`. Every part
 * not used is named: an unknown or repeated setting, a value not offered, a row that these
 * defences do not have.
 */
export function parseMatrixLink(query: string): MatrixLink {
  const written = new Map<string, string>();
  const problems: string[] = [];
  let row: string | null = null;
  let view: MatrixView = 'grid';
  let depth = DEFAULT_DEPTH;
  const taken = new Set<string>();
  const read = readQuery(query);
  for (const [name, value] of read.pairs) {
    if (taken.has(name)) {
      problems.push(
        `${echo(`${name}=${value}`)} was ignored: “${name}” appears more than once, and the first one is used.`,
      );
      continue;
    }
    taken.add(name);
    if (name === 'row') row = value;
    else if (name === 'view') {
      const chosen = VIEWS.find((v) => v === value);
      if (chosen) view = chosen;
      else
        problems.push(`${echo(`view=${value}`)} was ignored. The views are ${VIEWS.join(', ')}.`);
    } else if (name === 'depth') {
      if (DEPTHS.includes(value)) depth = Number(value);
      else
        problems.push(
          `${echo(`depth=${value}`)} was ignored. The search goes ${DEPTHS.join(', ')} moves deep.`,
        );
    } else written.set(name, value);
  }
  const unread = unreadNotice(read);
  if (unread) problems.push(unread);
  const { config, rejected } = applyDefences(written);
  for (const r of rejected)
    problems.push(`${echo(`${r.name}=${r.written}`)} was ignored. ${render(r.reason)}`);
  const rows = [...matrixRows(config).map((r) => r.id), BEST_ATTACK_ROW];
  if (row !== null && !rows.includes(row)) {
    problems.push(
      `${echo(`row=${row}`)} was ignored: no row has that name with these defences. The rows are ${rows.join(', ')}.`,
    );
    row = null;
  }
  return { defences: config, row, view, depth, problems };
}

export function formatMatrixLink(link: Omit<MatrixLink, 'problems'>): string {
  const query = writeQuery([
    ...defenceDifferences(link.defences),
    ...(link.row ? [['row', link.row] as const] : []),
    ...(link.view !== 'grid' ? [['view', link.view] as const] : []),
    ...(link.depth !== DEFAULT_DEPTH ? [['depth', String(link.depth)] as const] : []),
  ]);
  return `#/matrix${query ? `?${query}` : ''}`;
}
