import type { Measurement } from '../../protocol/index.ts';

/** Page → worker: measure Oscar's search on TOY_GROUPS[groupIndex]. */
export interface MeasureRequest {
  readonly type: 'measure';
  readonly groupIndex: number;
}

/** Worker → page. */
export type WorkerReply =
  | {
      readonly type: 'progress';
      readonly groupIndex: number;
      /** Searches finished at this size, and exponents tried so far (finished ones included). */
      readonly searches: number;
      readonly steps: number;
    }
  | { readonly type: 'result'; readonly groupIndex: number; readonly measurement: Measurement }
  | { readonly type: 'error'; readonly message: string };

/** Page → discrete-log worker: find x with g^x mod p = A (numbers as decimal strings). */
export interface DiscreteLogRequest {
  readonly g: string;
  readonly A: string;
  readonly p: string;
}

/** Discrete-log worker → page. */
export type DiscreteLogReply =
  | { readonly type: 'progress'; readonly tried: number; readonly ms: number }
  | {
      readonly type: 'result';
      readonly status: 'found';
      readonly exponent: string;
      readonly tried: number;
      readonly ms: number;
    }
  | {
      readonly type: 'result';
      readonly status: 'not-found' | 'stopped';
      readonly tried: number;
      readonly ms: number;
    }
  | { readonly type: 'error'; readonly message: string };
