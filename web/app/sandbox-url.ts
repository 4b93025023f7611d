import {
  applySettings,
  DEFAULT_SETTINGS,
  type ScenarioSettings,
  settingNamed,
  settingsDifferences,
} from '../protocol/index.ts';
import { render } from '../text/index.ts';
import '../text/messages/settings-patterns.ts';
import { echo } from '../text/text.ts';

export type SandboxState = ScenarioSettings;

export const SANDBOX_DEFAULT: SandboxState = DEFAULT_SETTINGS;

import { readQuery, unreadNotice, writeQuery } from '../ui/routing/link-query.ts';

/**
 * Reads the sandbox settings from the query part of the link. Every value is checked against
 * the settings the engine declares; every part of the link that is not used (an unknown name,
 * a repeated one, a value not offered, a setting that does not apply) is named in `problems`.
 */
export function parseSandbox(query: string): { state: SandboxState; problems: string[] } {
  const problems: string[] = [];
  const written = new Map<string, string>();
  const read = readQuery(query);
  for (const [name, value] of read.pairs) {
    if (!settingNamed(name)) {
      problems.push(
        `${echo(`${name}=${value}`)} was ignored: the sandbox has no setting by that name.`,
      );
    } else if (written.has(name)) {
      problems.push(
        `${echo(`${name}=${value}`)} was ignored: “${name}” appears more than once, and the first one is used.`,
      );
    } else written.set(name, value);
  }
  const unread = unreadNotice(read);
  if (unread) problems.push(unread);
  const { settings, rejected } = applySettings(SANDBOX_DEFAULT, written);
  for (const { name, written: value, reason } of rejected) {
    problems.push(
      `${echo(`${name}=${value}`)} was ignored, so the default is used. ${render(reason)}`,
    );
  }
  return { state: settings, problems };
}

/** The query that reproduces these settings (defaults left out, so links stay short). */
export function formatSandbox(state: SandboxState): string {
  return writeQuery(settingsDifferences(state, SANDBOX_DEFAULT));
}
