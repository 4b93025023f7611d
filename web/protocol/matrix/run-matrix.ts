import type { ScenarioConfig } from '../config-types.ts';
import type { KeyCache } from '../keyring.ts';
import { runScenario } from '../scenario.ts';
import type { Trace } from '../trace.ts';
import { type MatrixRow, matrixRows } from './rows.ts';
import { type Verdict, verdictOf } from './verdict.ts';

export interface MatrixResult {
  readonly row: MatrixRow;
  readonly verdict: Verdict;
}

/** Runs one row for real and judges it. */
export async function runRow(
  row: MatrixRow,
  keys: KeyCache,
): Promise<{ result: MatrixResult; trace: Trace }> {
  const trace = await runScenario(row.scenario, row.config, row.plan, keys);
  return { result: { row, verdict: verdictOf(trace.outcome) }, trace };
}

/**
 * Every row against `defences`, one after another. `between` runs after each row: the page
 * uses it to hand the event loop back, so no task grows long.
 */
export async function runMatrix(
  defences: ScenarioConfig,
  keys: KeyCache,
  between: (done: MatrixResult) => Promise<void> | void = () => {},
): Promise<MatrixResult[]> {
  const results: MatrixResult[] = [];
  for (const row of matrixRows(defences)) {
    const { result } = await runRow(row, keys);
    results.push(result);
    await between(result);
  }
  return results;
}
