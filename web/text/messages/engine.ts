import type { Message, Params } from '../catalogue.ts';
import type { engineMessages } from './engine-patterns.ts';

/**
 * The engine's words: it names a key and its parameters (party ids, fingerprints, counts), and
 * the interface and the command line render it. The keys are typed from the English patterns
 * (engine-patterns.ts, one file per area under engine/), which load with the engine itself.
 */
export type EngineKey = keyof typeof engineMessages;

/** A sentence of the engine, not yet rendered. */
export type EngineText = Message<EngineKey>;

/** The engine's way to say something: a key it knows, and the data the sentence needs. */
export function say(key: EngineKey, params?: Params): EngineText {
  return params ? { key, params } : { key };
}
