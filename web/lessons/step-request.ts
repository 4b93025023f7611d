import {
  DEFAULT_CONFIG,
  PRESETS,
  type RunRequest,
  type ScenarioConfig,
} from '../protocol/index.ts';
import type { LessonStep } from './types.ts';

const CARRIED = ['message', 'rsaBits', 'aesBits', 'curve'] as const;

/** Settings a user chose that follow them from step to step. */
export type UserSettings = Partial<Pick<ScenarioConfig, (typeof CARRIED)[number]>>;

export function pickCarried(change: Partial<ScenarioConfig>): UserSettings {
  const picked: { -readonly [K in keyof UserSettings]: UserSettings[K] } = {};
  for (const key of CARRIED)
    if (change[key] !== undefined) Object.assign(picked, { [key]: change[key] });
  return picked;
}

/**
 * The run a lesson step asks for. The user's own message and key sizes carry over, unless
 * the step's preset or the step itself needs particular ones ("pay 100 to Carol").
 */
export function stepRequest(step: LessonStep, user: UserSettings = {}): RunRequest {
  const preset = PRESETS[step.preset];
  return {
    scenario: step.scenario ?? preset.scenario,
    config: { ...DEFAULT_CONFIG, ...user, ...preset.config, ...step.config },
    plan: step.plan ?? preset.plan,
  };
}
