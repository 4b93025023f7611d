import { DEFAULT_CONFIG, PRESETS } from '../protocol/presets.ts';
import type { OscarPlan, ScenarioConfig } from '../protocol/types.ts';
import type { LessonStep } from './types.ts';

/**
 * The run a lesson step asks for: its preset and its own settings, on top of the user's
 * message and key sizes (which carry over from step to step).
 */
export function stepRequest(
  lessonId: string,
  step: LessonStep,
  user: Pick<ScenarioConfig, 'message' | 'rsaBits' | 'aesBits' | 'curve'> = DEFAULT_CONFIG,
): { name: string; config: ScenarioConfig; plan: OscarPlan } {
  const preset = PRESETS[step.preset];
  const { message, rsaBits, aesBits, curve } = user;
  return {
    name: lessonId,
    config: {
      ...DEFAULT_CONFIG,
      message,
      rsaBits,
      aesBits,
      curve,
      ...preset.config,
      ...step.config,
    },
    plan: step.plan ?? preset.plan,
  };
}
