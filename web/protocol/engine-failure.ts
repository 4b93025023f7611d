import { render } from '../text/catalogue.ts';
import type { SettingText } from '../text/messages/settings.ts';

/**
 * An error the engine ended with, as plain data that can cross to the page from a worker: a
 * refusal's reason, still a catalogue message so the page renders it in its own language, or
 * any other error's message.
 */
export type EngineFailure = { readonly reason: SettingText } | { readonly message: string };

/** What to show for an engine failure: a refusal's reason, rendered, or the error's message. */
export function engineFailureText(failure: EngineFailure): string {
  return 'reason' in failure ? render(failure.reason) : failure.message;
}
