import '../web/text/messages/settings-patterns.ts';
import { KeyCache } from '../web/protocol/keyring.ts';
import { applyDefences, defenceDifferences } from '../web/protocol/matrix/defences.ts';
import { runMatrix } from '../web/protocol/matrix/run-matrix.ts';
import { searchBestAttack } from '../web/protocol/matrix/search.ts';
import { verdictReasons, verdictWords } from '../web/protocol/matrix/verdict.ts';
import { render } from '../web/text/index.ts';

/** `npm run trace -- matrix`: the grid, as a table or as JSON. */
export async function printMatrix(written: Map<string, string>, json: boolean): Promise<string> {
  const { config } = applyDefences(written);
  const keys = new KeyCache();
  const results = await runMatrix(config, keys);
  const best = await searchBestAttack(config, keys);
  if (json) {
    return JSON.stringify(
      {
        defences: Object.fromEntries(defenceDifferences(config)),
        rows: results.map(({ row, verdict }) => ({
          id: row.id,
          strategy: row.strategy,
          label: render(row.label, 'en'),
          scenario: row.scenario,
          ...verdict,
        })),
        bestAttack: best,
      },
      null,
      2,
    );
  }
  const width = Math.max(...results.map((r) => r.row.id.length));
  return [
    `Defences: ${
      defenceDifferences(config)
        .map(([n, v]) => `${n}=${v}`)
        .join(' ') || 'the defaults'
    }`,
    ...results.map(
      ({ row, verdict }) => `${row.id.padEnd(width)}  ${render(verdictWords(verdict))}`,
    ),
    `Oscar’s best attack (at most ${best.depth} moves; ${best.scripts} scripts run, ${best.states} states):`,
    ...(best.found
      ? [
          ...best.found.narrated.map(
            (step, i) =>
              `  ${i + 1}. ${render(step.says)}. (Stopped by: ${render(step.stoppedBy)}.)`,
          ),
          `  ${render(verdictWords(best.found.verdict))}. ${verdictReasons(best.found.verdict)
            .map((r) => render(r))
            .join(' ')}`,
        ]
      : [`  none within ${best.depth} moves. That is not a proof: a longer script may win.`]),
  ].join('\n');
}
