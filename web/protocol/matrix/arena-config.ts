import type { ScenarioConfig } from '../config-types.ts';

/**
 * The defences as a scenario understands them. Seed 003's handshake always signs its
 * messages; "signatures on" also signs its transcript and CLOSE there.
 */
export function arenaConfig(scenario: string, defences: ScenarioConfig): ScenarioConfig {
  if (scenario !== 'handshake') return defences;
  const signed = defences.signatures !== 'off' ? 'signed' : 'off';
  return { ...defences, transcript: signed, closeAuth: signed };
}
