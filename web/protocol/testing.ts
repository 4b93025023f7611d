// Runs render their sentences in tests as the page does once the engine has loaded.
import '../text/messages/engine-patterns.ts';
import type { ScenarioConfig } from './config-types.ts';
import type { TraceEvent, TraceEventType } from './events.ts';
import { KeyCache } from './keyring.ts';
import type { OscarPlan } from './oscar/plan.ts';
import { PRESETS, type PresetId, presetConfig } from './presets.ts';
import { runScenario } from './scenario.ts';
import type { Trace } from './trace.ts';

/** One key cache for a whole test file: RSA generation is the slow part. */
const sharedKeys = new KeyCache();

/** Headless driver: runs a preset as the page would, with 1024-bit RSA unless asked otherwise. */
export function runForTest(
  id: PresetId,
  options: { config?: Partial<ScenarioConfig>; plan?: OscarPlan; keys?: KeyCache } = {},
): Promise<Trace> {
  const config: ScenarioConfig = { ...presetConfig(id), rsaBits: 1024, ...options.config };
  return runScenario(
    PRESETS[id].scenario,
    config,
    options.plan ?? PRESETS[id].plan,
    options.keys ?? sharedKeys,
  );
}

export function eventsOfType<T extends TraceEventType>(
  trace: Trace,
  type: T,
): Extract<TraceEvent, { type: T }>[] {
  return trace.events.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type);
}
