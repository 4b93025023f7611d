import { expect } from 'vitest';
import { toHex } from '../encoding.ts';
import type { WycheproofTest } from './wycheproof.ts';

export type Verdict = 'accepted' | 'rejected';

export interface TallyCounts {
  readonly run: number;
  readonly skipped: number;
  readonly skippedBy: Readonly<Record<string, number>>;
  readonly acceptable: { readonly accepted: number; readonly rejected: number };
}

/**
 * Run/skip accounting for one vector file. Skips are decided up front from explicit
 * properties of each case (key size, IV size …), never from an error at run time.
 */
export class VectorTally {
  private planned = 0;
  private executed = 0;
  private readonly skips = new Map<string, number>();
  private readonly acceptable = { accepted: 0, rejected: 0 };

  constructor(readonly name: string) {}

  /** Returns the cases to run; `skipReason` names why a case cannot be expressed, or null. */
  plan<C>(cases: readonly C[], skipReason: (item: C) => string | null): C[] {
    const runnable: C[] = [];
    for (const item of cases) {
      const reason = skipReason(item);
      if (reason === null) runnable.push(item);
      else this.skips.set(reason, (this.skips.get(reason) ?? 0) + 1);
    }
    this.planned += runnable.length;
    return runnable;
  }

  /** Checks one case that produces bytes: a throw is a rejection. */
  async expectBytes(
    test: WycheproofTest,
    expectedHex: string,
    attempt: () => Promise<Uint8Array>,
  ): Promise<Verdict> {
    this.executed++;
    let output: Uint8Array | undefined;
    let error: unknown;
    try {
      output = await attempt();
    } catch (caught) {
      error = caught;
    }
    if (output === undefined) {
      expect(test.result, `tcId ${test.tcId} was rejected: ${String(error)}`).not.toBe('valid');
      if (test.result === 'acceptable') this.acceptable.rejected++;
      return 'rejected';
    }
    expect(test.result, `tcId ${test.tcId} should have been rejected`).not.toBe('invalid');
    expect(toHex(output), `tcId ${test.tcId} output`).toBe(expectedHex);
    if (test.result === 'acceptable') this.acceptable.accepted++;
    return 'accepted';
  }

  /** Checks one signature verification: `verify` must answer, never throw. */
  async expectVerify(test: WycheproofTest, verify: () => Promise<boolean>): Promise<Verdict> {
    this.executed++;
    const ok = await verify();
    if (test.result === 'acceptable') this.acceptable[ok ? 'accepted' : 'rejected']++;
    else expect(ok, `tcId ${test.tcId} (${test.result})`).toBe(test.result === 'valid');
    return ok ? 'accepted' : 'rejected';
  }

  counts(): TallyCounts {
    return {
      run: this.executed,
      skipped: [...this.skips.values()].reduce((sum, n) => sum + n, 0),
      skippedBy: Object.fromEntries(this.skips),
      acceptable: { ...this.acceptable },
    };
  }

  /** True when every planned case ran (a filtered or aborted run leaves some out). */
  get complete(): boolean {
    return this.executed === this.planned;
  }

  summary(): string {
    const { run, skipped, skippedBy, acceptable } = this.counts();
    const reasons = Object.entries(skippedBy).map(([reason, n]) => `${reason}: ${n}`);
    let line = `${this.name}: ${run} run, ${skipped} skipped`;
    if (reasons.length > 0) line += ` (${reasons.join(', ')})`;
    if (acceptable.accepted + acceptable.rejected > 0) {
      line += `; "acceptable" cases: ${acceptable.accepted} accepted, ${acceptable.rejected} rejected`;
    }
    return line;
  }
}
