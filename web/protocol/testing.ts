import { KeyCache } from './keyring.ts';
import { DEFAULT_CONFIG, runScenario, type ScenarioId } from './scenario.ts';
import type { OscarPlan, ScenarioConfig, Trace, TraceEvent, TraceEventType } from './types.ts';

/** One key cache for a whole test file: RSA generation is the slow part. */
const sharedKeys = new KeyCache();

/** Headless driver: runs a scenario as the page would, with 1024-bit RSA unless asked otherwise. */
export function runForTest(
  id: ScenarioId,
  options: { config?: Partial<ScenarioConfig>; plan?: OscarPlan; keys?: KeyCache } = {},
): Promise<Trace> {
  const config: ScenarioConfig = { ...DEFAULT_CONFIG, rsaBits: 1024, ...options.config };
  return runScenario(
    id,
    config,
    options.plan ?? { presence: 'passive' },
    options.keys ?? sharedKeys,
  );
}

export function eventsOfType<T extends TraceEventType>(
  trace: Trace,
  type: T,
): Extract<TraceEvent, { type: T }>[] {
  return trace.events.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type);
}
