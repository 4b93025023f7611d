import '../../text/messages/engine-patterns.ts';
import { describe, expect, it } from 'vitest';
import { render } from '../../text/index.ts';
import type { ScenarioConfig } from '../config-types.ts';
import { KeyCache } from '../keyring.ts';
import { runScenario } from '../scenario.ts';
import { MATRIX_DEFAULTS } from './defences.ts';
import { stepsOnTrace } from './narrate.ts';
import { planOf } from './search.ts';

const keys = new KeyCache();
const ecdh: ScenarioConfig = { ...MATRIX_DEFAULTS, rsaBits: 1024, keyExchange: 'ecdh' };

describe('a script’s steps placed on its run, for the sequence diagram and the log', () => {
  it('numbers each step and sets it on the packet it acts on, or after the conversation', async () => {
    // Swap the first packet he intercepts (Alice's ECDH share), and steal keys afterwards.
    const trace = await runScenario(
      'two-sessions',
      ecdh,
      planOf([
        { at: 0, move: 'swap-key' },
        { at: null, move: 'steal' },
      ]),
      keys,
    );
    const [swap, steal] = stepsOnTrace(trace);
    expect(swap).toMatchObject({ number: 1, move: 'swap-key' });
    expect(swap && render(swap.says)).toBe(
      'Oscar replaces Alice’s public value with his own, on its way to Bob',
    );
    const acted = trace.events[swap?.event ?? -1];
    expect(acted?.type).toBe('intercepted');
    expect(acted?.type === 'intercepted' && acted.packet.id).toBe(swap?.packetId);
    expect(acted?.type === 'intercepted' && acted.packet.kind).toBe('key-share');
    expect(acted?.type === 'intercepted' && acted.packet.from).toBe('alice');
    expect(steal).toMatchObject({ number: 2, move: 'steal', packetId: null });
    expect(trace.events[steal?.event ?? -1]?.type).toBe('phase');
  });

  it('a run that follows no script has no steps', async () => {
    const trace = await runScenario('two-sessions', ecdh, { presence: 'off' }, keys);
    expect(stepsOnTrace(trace)).toEqual([]);
  });
});
