import { answerHello } from './answer-hello.ts';
import { cutLine } from './cut-line.ts';
import { drop } from './drop.ts';
import { forgeClose } from './forge-close.ts';
import { forger } from './forger.ts';
import { inTheMiddle } from './in-the-middle/strategy.ts';
import { passive } from './passive.ts';
import { reorder } from './reorder.ts';
import { replay } from './replay.ts';
import { replayInPlace } from './replay-in-place.ts';
import { reuseNonce } from './reuse-nonce.ts';
import { rewriteHello } from './rewrite-hello.ts';
import { scriptedOver } from './scripted.ts';
import type { SearchMove } from './search-move.ts';
import { stealKeyLater } from './steal-key-later.ts';
import type { OscarStrategy } from './strategy.ts';
import { tamperer } from './tamperer.ts';

/** Oscar's behaviours by id (the plan's `presence`). Adding one: its module, and a line here. */
export const OSCAR_STRATEGIES = {
  passive,
  mitm: inTheMiddle,
  tamper: tamperer,
  forge: forger,
  'answer-hello': answerHello,
  drop,
  'forge-close': forgeClose,
  'cut-line': cutLine,
  'replay-in-place': replayInPlace,
  'rewrite-hello': rewriteHello,
  replay,
  reorder,
  'steal-key-later': stealKeyLater,
  'reuse-nonce': reuseNonce,
  scripted: scriptedOver(() => searchMoves()),
} as const satisfies Record<string, OscarStrategy>;

export type StrategyId = keyof typeof OSCAR_STRATEGIES;

/** Every move some strategy declares, in the registry's order: what the best-attack search tries. */
export function searchMoves(): SearchMove[] {
  return Object.values(OSCAR_STRATEGIES).flatMap(
    (strategy: OscarStrategy) => strategy.searchMoves ?? [],
  );
}

/** The scenarios the search runs: every one some move can act in, in the moves' order. */
export function searchArenas(): string[] {
  return [...new Set(searchMoves().flatMap((m) => m.scenarios))];
}
