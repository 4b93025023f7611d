import type {
  MapRow,
  MatrixRow,
  ScenarioConfig,
  SearchReport,
  Verdict,
} from '../../protocol/index.ts';

/**
 * To the worker: run every row against these defences, then search to `depth`; search again
 * to another depth; compute the defence map; or stop the search under way. `id` tells the
 * replies of one request apart from an older one's.
 */
export type MatrixRequest =
  | {
      readonly id: number;
      readonly kind: 'grid';
      readonly defences: ScenarioConfig;
      readonly depth: number;
    }
  | {
      readonly id: number;
      readonly kind: 'search';
      readonly defences: ScenarioConfig;
      readonly depth: number;
    }
  | { readonly id: number; readonly kind: 'map'; readonly defences: ScenarioConfig }
  | { readonly id: number; readonly kind: 'cancel' };

export type MatrixReply =
  | {
      readonly id: number;
      readonly kind: 'row';
      readonly row: MatrixRow;
      readonly verdict: Verdict;
    }
  | {
      readonly id: number;
      readonly kind: 'grid-done';
      readonly milliseconds: number;
      /** Of those, the time spent inside WebCrypto itself. */
      readonly cryptoMilliseconds: number;
    }
  | {
      readonly id: number;
      readonly kind: 'search-progress';
      readonly scripts: number;
      readonly states: number;
      readonly depth: number;
    }
  /** The bounded search for Oscar's shortest winning script, after the rows. */
  | {
      readonly id: number;
      readonly kind: 'best';
      readonly best: SearchReport;
      readonly milliseconds: number;
    }
  | { readonly id: number; readonly kind: 'map'; readonly map: readonly MapRow[] }
  | { readonly id: number; readonly kind: 'failed'; readonly error: string };
