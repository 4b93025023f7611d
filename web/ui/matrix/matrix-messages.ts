import type { BestAttack } from '../../protocol/matrix/best-attack.ts';
import type { MatrixRow } from '../../protocol/matrix/rows.ts';
import type { Verdict } from '../../protocol/matrix/verdict.ts';
import type { ScenarioConfig } from '../../protocol/types.ts';

/** To the worker: run every row against these defences; `id` tells replies to runs apart. */
export interface MatrixRequest {
  readonly id: number;
  readonly defences: ScenarioConfig;
}

/** One row done; `done` after the last; `failed` with the error's message. */
export type MatrixReply =
  | {
      readonly id: number;
      readonly kind: 'row';
      readonly row: MatrixRow;
      readonly verdict: Verdict;
    }
  /** The bounded search for Oscar's shortest winning script, after the rows. */
  | { readonly id: number; readonly kind: 'best'; readonly best: BestAttack }
  | {
      readonly id: number;
      readonly kind: 'done';
      readonly milliseconds: number;
      /** Of those, the time spent inside WebCrypto itself. */
      readonly cryptoMilliseconds: number;
    }
  | { readonly id: number; readonly kind: 'failed'; readonly error: string };
