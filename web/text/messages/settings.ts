import type { Message, Params } from '../catalogue.ts';
import type { settingMessages } from './settings-patterns.ts';

/**
 * The engine's words for what a user can choose: labels, when a setting applies, why a value
 * was refused. The engine names keys; what renders them (the controls, the grid, the command
 * line) loads their English patterns (settings-patterns.ts), so pages that only hold settings do
 * not carry their words.
 */
export type SettingKey = keyof typeof settingMessages;

/** A label, or a reason a value was refused, not yet rendered. */
export type SettingText = Message<SettingKey>;

export function settingSays(key: SettingKey, params?: Params): SettingText {
  return params ? { key, params } : { key };
}
