import type { KeyCache } from '../keyring.ts';
import { runScenario } from '../scenario.ts';
import { SESSION_ORDERS } from '../scenarios/two-sessions.ts';
import type { OscarPlan, ScenarioConfig, ScriptMove, Trace } from '../types.ts';
import { type Verdict, verdictOf } from './verdict.ts';

/** The most actions a script may have: the search's bound, reported with its answer. */
export const BEST_ATTACK_BOUND = 4;
/** The scenario the search runs: two sessions, so a message from the first can be used in the second. */
export const BEST_ATTACK_SCENARIO = 'two-sessions';

const MESSAGES = 2 * SESSION_ORDERS;
const ON_A_MESSAGE: readonly ScriptMove[] = ['replay', 'renumber', 'drop', 'flip', 'old'];

export interface FoundAttack {
  readonly moves: readonly ScriptMove[];
  readonly verdict: Verdict;
  /** The script was run a second time, from scratch, and won again. */
  readonly confirmed: boolean;
}

export interface BestAttack {
  readonly bound: number;
  /** Scripts run, the confirming runs included. */
  readonly tried: number;
  /** The shortest winning script found, or null: no attack within the bound. */
  readonly found: FoundAttack | null;
}

/** What he may do to message `index` (0-based): "old" needs a message at its place in an earlier session. */
function movesAt(index: number): readonly ScriptMove[] {
  return index >= SESSION_ORDERS ? ON_A_MESSAGE : ON_A_MESSAGE.filter((m) => m !== 'old');
}

/** Moves on Alice's first `length` messages; only the last must do something (a pass there is idle). */
function* onMessages(length: number, prefix: ScriptMove[] = []): Generator<ScriptMove[]> {
  if (prefix.length === length) {
    yield prefix;
    return;
  }
  const last = prefix.length === length - 1;
  for (const move of [...(last ? [] : ['pass' as const]), ...movesAt(prefix.length)])
    yield* onMessages(length, [...prefix, move]);
}

/** Every script of exactly `actions` actions (a pass counts: it is a choice), "steal" last. */
export function* scriptsOf(actions: number): Generator<ScriptMove[]> {
  if (actions === 1) yield ['steal'];
  else if (actions - 1 <= MESSAGES)
    for (const moves of onMessages(actions - 1)) yield [...moves, 'steal'];
  if (actions <= MESSAGES) yield* onMessages(actions);
}

export function planOf(moves: readonly ScriptMove[]): OscarPlan {
  return { presence: 'scripted', moves };
}

async function attempt(
  moves: readonly ScriptMove[],
  defences: ScenarioConfig,
  keys: KeyCache,
): Promise<{ verdict: Verdict; trace: Trace }> {
  const trace = await runScenario(BEST_ATTACK_SCENARIO, defences, planOf(moves), keys);
  return { verdict: verdictOf(trace.outcome), trace };
}

/**
 * Iterative deepening: every script of 1 action, then of 2, up to the bound, each run for
 * real. The first that wins (Oscar read something, got a copy or a forgery accepted, or lost
 * a message unnoticed) is run once more before it is reported.
 */
export async function searchBestAttack(
  defences: ScenarioConfig,
  keys: KeyCache,
  between: (tried: number) => Promise<void> | void = () => {},
): Promise<BestAttack> {
  let tried = 0;
  for (let actions = 1; actions <= BEST_ATTACK_BOUND; actions++) {
    for (const moves of scriptsOf(actions)) {
      const { verdict } = await attempt(moves, defences, keys);
      tried++;
      await between(tried);
      if (verdict.winner !== 'oscar') continue;
      const again = await attempt(moves, defences, keys);
      tried++;
      const confirmed = again.verdict.winner === 'oscar';
      if (confirmed)
        return { bound: BEST_ATTACK_BOUND, tried, found: { moves, verdict, confirmed } };
    }
  }
  return { bound: BEST_ATTACK_BOUND, tried, found: null };
}

const MOVE_WORDS: Record<Exclude<ScriptMove, 'steal'>, string> = {
  pass: 'lets it through',
  replay: 'sends it twice',
  renumber: 'sends a copy with the next number',
  drop: 'drops it',
  flip: 'flips a bit of it',
  old: 'puts the earlier session’s message in its place',
};

/** "order 1: sends it twice; then steals Bob’s long-term keys". */
export function describeScript(moves: readonly ScriptMove[]): string {
  const perMessage = moves
    .filter((m): m is Exclude<ScriptMove, 'steal'> => m !== 'steal')
    .map((move, i) => {
      const session = Math.floor(i / SESSION_ORDERS) + 1;
      return `session ${session}, order ${(i % SESSION_ORDERS) + 1}: ${MOVE_WORDS[move]}`;
    });
  if (moves.includes('steal')) perMessage.push('afterwards: steals Bob’s long-term keys');
  return perMessage.join('; ');
}
