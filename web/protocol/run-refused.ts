import { render } from '../text/catalogue.ts';
import type { SettingText } from '../text/messages/settings.ts';

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

/** What to show for an error a run ended with: a refusal's reason, rendered, or its message. */
export function runErrorText(error: unknown): string {
  if (error instanceof RunRefused) return render(error.reason);
  return error instanceof Error ? error.message : String(error);
}
