import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS, presetConfig } from './presets.ts';
import { SCENARIOS, scenarioFor } from './scenarios/registry.ts';

describe('every preset names the scenario it runs', () => {
  it.each(PRESET_IDS)('%s', (id) => {
    const { scenario } = PRESETS[id];
    expect(Object.keys(SCENARIOS)).toContain(scenario);
    // Its own settings do not turn it into another scenario.
    expect(scenarioFor(scenario, presetConfig(id)).id).toBe(scenario);
  });

  it('the conversation follows the settings; a named scenario does not', () => {
    const relayed = { ...presetConfig('sealed-envelope'), topology: 'two-relays' } as const;
    expect(scenarioFor('conversation', relayed).id).toBe('relays');
    expect(scenarioFor('replay', relayed).id).toBe('replay');
    const handshake = { ...presetConfig('sealed-envelope'), protocol: 'handshake' } as const;
    expect(scenarioFor('conversation', handshake).id).toBe('handshake');
  });
});
