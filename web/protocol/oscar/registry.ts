import { answerHello } from './answer-hello.ts';
import { cutLine } from './cut-line.ts';
import { drop } from './drop.ts';
import { forgeClose } from './forge-close.ts';
import { forger } from './forger.ts';
import { inTheMiddle } from './in-the-middle.ts';
import { passive } from './passive.ts';
import { reorder } from './reorder.ts';
import { replay } from './replay.ts';
import { replayInPlace } from './replay-in-place.ts';
import { reuseNonce } from './reuse-nonce.ts';
import { rewriteHello } from './rewrite-hello.ts';
import { scripted } from './scripted.ts';
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
  scripted,
} as const satisfies Record<string, OscarStrategy>;

export type StrategyId = keyof typeof OSCAR_STRATEGIES;
