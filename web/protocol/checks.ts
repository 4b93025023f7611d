import type { checkMessages } from '../text/messages/engine/checks.ts';
import { type EngineText, say } from '../text/messages/engine.ts';

/** Every check a party makes, by id; its words are `check.<id>` in the catalogue. */
export type CheckId = CheckIdOf<keyof typeof checkMessages>;
type CheckIdOf<Key> = Key extends `check.${infer Id}` ? Id : never;

/** The check's name, as a person reads it ("AES-GCM tag"). */
export function checkLabel(id: CheckId): EngineText {
  return say(`check.${id}`);
}
