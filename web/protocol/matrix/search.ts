import type { ScenarioConfig, ScriptStep } from '../config-types.ts';
import type { KeyCache } from '../keyring.ts';
import type { OscarPlan } from '../oscar/plan.ts';
import { searchArenas, searchMoves } from '../oscar/registry.ts';
import type { SearchMove } from '../oscar/search-move.ts';
import type { Packet } from '../packet-types.ts';
import { runScenario } from '../scenario.ts';
import type { ScenarioId } from '../scenarios/names.ts';
import type { Trace } from '../trace.ts';
import { arenaConfig } from './arena-config.ts';
import { decisions, type NarratedStep, stepsOnTrace } from './narrate.ts';

import { noticedBefore, observableState } from './observable.ts';
import { type Verdict, verdictOf } from './verdict.ts';

export type { NarratedStep } from './narrate.ts';

/** The search's bound unless the user raises it, and how far it may be raised. */
export const DEFAULT_DEPTH = 4;
export const MAX_DEPTH = 6;
/** Scripts run side by side. */
const AT_ONCE = 4;

export interface FoundAttack {
  /** The scenario it runs in (two sessions, or seed 003's handshake). */
  readonly arena: ScenarioId;
  readonly steps: readonly ScriptStep[];
  readonly narrated: readonly NarratedStep[];
  readonly verdict: Verdict;
  /** The script was run a second time, from scratch, and won again. */
  readonly confirmed: boolean;
}

export interface SearchReport {
  /** The bound: scripts of at most this many moves. */
  readonly depth: number;
  /** Scripts run (the confirming run included). */
  readonly scripts: number;
  /** Distinct observable states Oscar decided from. */
  readonly states: number;
  /** Scripts not run because another script had reached the same state first. */
  readonly pruned: number;
  /** The shortest winning script, the one that does most damage among those; null: none found. */
  readonly found: FoundAttack | null;
  /** True when the user stopped the search before it reached its bound. */
  readonly cancelled: boolean;
}

export interface SearchOptions {
  readonly depth?: number;
  readonly signal?: AbortSignal;
  /** After each script: how far it has gone (the page's progress bar). */
  readonly progress?: (done: { scripts: number; states: number; depth: number }) => unknown;
}

interface Candidate {
  readonly arena: ScenarioId;
  readonly steps: readonly ScriptStep[];
}

export function planOf(steps: readonly ScriptStep[]): OscarPlan {
  return { presence: 'scripted', steps };
}

async function attempt(candidate: Candidate, defences: ScenarioConfig, keys: KeyCache) {
  const config = arenaConfig(candidate.arena, defences);
  const trace = await runScenario(candidate.arena, config, planOf(candidate.steps), keys);
  return { trace, verdict: verdictOf(trace.outcome) };
}

/** How bad a win is for Alice and Bob: read beats accepted beats lost. */
function damage(v: Verdict): number {
  return v.read > 0 ? MOST_DAMAGE : v.accepted > 0 ? 2 : 1;
}
const MOST_DAMAGE = 3;

function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length}`;
}

/** What follows `candidate`: one more move on a later packet, or afterwards. */
function extensions(
  candidate: Candidate,
  trace: Trace,
  moves: readonly SearchMove[],
  seen: Set<string>,
): { next: Candidate[]; pruned: number } {
  const next: Candidate[] = [];
  let pruned = 0;
  const last = Math.max(-1, ...candidate.steps.map((s) => s.at ?? Number.POSITIVE_INFINITY));
  if (last === Number.POSITIVE_INFINITY) return { next, pruned };
  const mine = moves.filter((m) => m.scenarios.includes(candidate.arena));
  const points = decisions(trace);
  const branch = (
    at: number | null,
    upTo: number,
    packet: Packet | null,
    fitting: SearchMove[],
  ) => {
    if (fitting.length === 0) return;
    const state = `${candidate.arena}\n${hash(observableState(trace.events, upTo, packet))}`;
    if (seen.has(state)) {
      pruned += fitting.length;
      return;
    }
    seen.add(state);
    for (const move of fitting)
      next.push({ ...candidate, steps: [...candidate.steps, { at, move: move.id }] });
  };
  for (let at = last + 1; at < points.length; at++) {
    const point = points[at];
    if (!point) break;
    // Once Alice or Bob has noticed him, they know he is there: that line of play is over.
    if (noticedBefore(trace.events, point.event)) return { next, pruned };
    const before = points.slice(0, at).map((p) => p.packet);
    branch(
      at,
      point.event,
      point.packet,
      mine.filter((m) => m.fits?.(point.packet, before)),
    );
  }
  if (!noticedBefore(trace.events, trace.events.length))
    branch(
      null,
      trace.events.length,
      null,
      mine.filter((m) => !m.fits && m.later),
    );
  return { next, pruned };
}

/**
 * Breadth first over Oscar's scripts, every move some strategy declares, in every scenario a
 * move names: all scripts of no move, then of one, up to `depth`, each run for real. A line of
 * play stops where Alice or Bob notice him, and where another script already reached the same
 * observable state. Of the shortest scripts that win, the one that does most damage is run
 * once more before it is reported.
 */
export async function searchBestAttack(
  defences: ScenarioConfig,
  keys: KeyCache,
  options: SearchOptions = {},
): Promise<SearchReport> {
  const depth = options.depth ?? DEFAULT_DEPTH;
  const moves = searchMoves();
  const seen = new Set<string>();
  let scripts = 0;
  let pruned = 0;
  let level: Candidate[] = searchArenas().map((arena) => ({ arena, steps: [] }));
  const report = (found: FoundAttack | null, cancelled: boolean): SearchReport => ({
    depth,
    scripts,
    states: seen.size,
    pruned,
    found,
    cancelled,
  });
  for (let length = 0; length <= depth && level.length > 0; length++) {
    let best: { candidate: Candidate; trace: Trace; verdict: Verdict } | null = null;
    const next: Candidate[] = [];
    for (let start = 0; start < level.length; start += AT_ONCE) {
      if (options.signal?.aborted) return report(null, true);
      const batch = level.slice(start, start + AT_ONCE);
      // A few runs at a time: WebCrypto works off the thread, so their waits overlap.
      const runs = await Promise.all(batch.map((c) => attempt(c, defences, keys)));
      for (const [i, { trace, verdict }] of runs.entries()) {
        const candidate = batch[i] as Candidate;
        scripts++;
        if (verdict.winner === 'oscar') {
          if (!best || damage(verdict) > damage(best.verdict)) best = { candidate, trace, verdict };
          continue;
        }
        if (length === depth || best) continue;
        const grown = extensions(candidate, trace, moves, seen);
        pruned += grown.pruned;
        next.push(...grown.next);
      }
      await options.progress?.({ scripts, states: seen.size, depth: length });
      // No script of this length can do more than read: the rest of the level would not
      // replace this one (a tie keeps the first), so it is not run.
      if (best && damage(best.verdict) === MOST_DAMAGE) break;
    }
    if (best) {
      const again = await attempt(best.candidate, defences, keys);
      scripts++;
      return report(
        {
          arena: best.candidate.arena,
          steps: best.candidate.steps,
          narrated: stepsOnTrace(best.trace).map(({ move, group, says, stoppedBy }) => ({
            move,
            group,
            says,
            stoppedBy,
          })),
          verdict: best.verdict,
          confirmed: again.verdict.winner === 'oscar',
        },
        false,
      );
    }
    level = next;
  }
  return report(null, false);
}
