import type { SettingText } from '../text/messages/settings.ts';
import { type EngineFailure, engineFailureText } from './engine-failure.ts';

/**
 * A run asked for with settings the engine refuses (an empty message, a strategy with no part
 * in the scenario): the controls and the command line refuse them first, with the same reason.
 */
export class RunRefused extends Error {
  constructor(readonly reason: SettingText) {
    super(reason.key);
    this.name = 'RunRefused';
  }
}

/** An error the engine ended with, as data (engine-failure.ts). */
export function engineFailure(error: unknown): EngineFailure {
  if (error instanceof RunRefused) return { reason: error.reason };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** What to show for an error a run ended with. */
export function runErrorText(error: unknown): string {
  return engineFailureText(engineFailure(error));
}
