import { applyDefences, defenceDifferences } from '../protocol/matrix/defences.ts';
import { DEFAULT_DEPTH, MAX_DEPTH } from '../protocol/matrix/search.ts';
import type { ScenarioConfig } from '../protocol/types.ts';

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

/** Reads `#/matrix?exchange=ecdh&sequence-numbers=on&row=replay&view=map&depth=5`. */
export function parseMatrixLink(query: string): MatrixLink {
  const written = new Map<string, string>();
  const problems: string[] = [];
  let row: string | null = null;
  let view: MatrixView = 'grid';
  let depth = DEFAULT_DEPTH;
  const taken = new Set<string>();
  for (const [name, value] of new URLSearchParams(query)) {
    if (taken.has(name)) {
      problems.push(`“${name}=${value}” was ignored: the link already sets ${name}.`);
      continue;
    }
    taken.add(name);
    if (name === 'row') row = value;
    else if (name === 'view') {
      const chosen = VIEWS.find((v) => v === value);
      if (chosen) view = chosen;
      else problems.push(`“view=${value}” was ignored. The views are ${VIEWS.join(', ')}.`);
    } else if (name === 'depth') {
      if (DEPTHS.includes(value)) depth = Number(value);
      else
        problems.push(
          `“depth=${value}” was ignored. The search goes ${DEPTHS.join(', ')} moves deep.`,
        );
    } else written.set(name, value);
  }
  const { config, rejected } = applyDefences(written);
  return {
    defences: config,
    row,
    view,
    depth,
    problems: [
      ...problems,
      ...rejected.map((r) => `“${r.name}=${r.written}” was ignored. ${r.reason}`),
    ],
  };
}

export function formatMatrixLink(link: Omit<MatrixLink, 'problems'>): string {
  const params = new URLSearchParams(defenceDifferences(link.defences));
  if (link.row) params.set('row', link.row);
  if (link.view !== 'grid') params.set('view', link.view);
  if (link.depth !== DEFAULT_DEPTH) params.set('depth', String(link.depth));
  const query = params.toString();
  return `#/matrix${query ? `?${query}` : ''}`;
}
