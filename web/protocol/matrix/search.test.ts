import '../../text/messages/engine-patterns.ts';
import { describe, expect, it } from 'vitest';
import { render } from '../../text/index.ts';
import type { ScenarioConfig } from '../config-types.ts';
import { KeyCache } from '../keyring.ts';
import { searchMoves } from '../oscar/registry.ts';
import { runScenario } from '../scenario.ts';
import { arenaConfig } from './arena-config.ts';
import { MATRIX_DEFAULTS } from './defences.ts';
import { planOf, searchBestAttack } from './search.ts';
import { verdictOf } from './verdict.ts';

const keys = new KeyCache();
const defences = (change: Partial<ScenarioConfig>): ScenarioConfig => ({
  ...MATRIX_DEFAULTS,
  rsaBits: 1024,
  ...change,
});
const EVERY_DEFENCE = defences({
  keyExchange: 'ecdh',
  check: 'out-of-band',
  certificates: 'on',
  cipher: 'aes-gcm',
  signatures: 'ecdsa',
  signaturePlacement: 'inside',
  sequenceNumbers: 'on',
  ephemeral: 'on',
});

describe('Oscar’s best attack: breadth first over every move the strategies declare', () => {
  it('searches the moves of every family, read from the strategy registry', () => {
    const groups = new Set(searchMoves().map((m) => m.group));
    expect([...groups].sort()).toEqual([
      'afterwards',
      'certificate',
      'handshake',
      'key',
      'message',
    ]);
    const ids = searchMoves().map((m) => m.id);
    for (const id of ['swap-key', 'answer-hello', 'forge-close', 'drop-close', 'present:expired'])
      expect(ids).toContain(id);
    for (const id of ['drop', 'replay', 'hold-back', 'renumber', 'flip', 'splice', 'steal'])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ECDH and no check: one move wins, a key substitution, and he reads', async () => {
    const best = await searchBestAttack(defences({ keyExchange: 'ecdh' }), keys);
    expect(best.found?.steps).toHaveLength(1);
    expect(best.found?.steps[0]?.move).toBe('swap-key');
    expect(render(best.found?.narrated[0]?.says ?? { key: 'move.a-message' })).toBe(
      'Oscar replaces Bob’s public value with his own, on its way to Alice',
    );
    expect(best.found?.verdict.read).toBeGreaterThan(0);
    expect(best.found?.confirmed).toBe(true);
  });

  it('certificates checked: of the forgeries, only the compromised CA’s certificate gets through', async () => {
    const checked = defences({ certificates: 'on' });
    const best = await searchBestAttack(checked, keys);
    expect(best.found?.steps).toEqual([{ at: expect.any(Number), move: 'present:compromised-ca' }]);
    expect(best.found?.verdict.read).toBe(2); // the first session's two orders
    // Every other forgery, presented on the same packet, is caught by a certificate check.
    const at = best.found?.steps[0]?.at ?? -1;
    for (const forgery of [
      'no-certificate',
      'self-signed',
      'own-certificate',
      'replace-key',
      'expired',
    ]) {
      const trace = await runScenario(
        'two-sessions',
        arenaConfig('two-sessions', checked),
        planOf([{ at, move: `present:${forgery}` }]),
        keys,
      );
      expect(verdictOf(trace.outcome).detectedBy, forgery).toMatch(/^certificate\./);
    }
  });

  it('every defence on: within 4 moves he still wins, by replaying a message of seed 003’s handshake, which carries no sequence number', async () => {
    const best = await searchBestAttack(EVERY_DEFENCE, keys);
    expect(best.found?.arena).toBe('handshake');
    expect(best.found?.steps.map((s) => s.move)).toEqual(['replay']);
    // Bob acts on the copy; the signed CLOSE's count shows it only afterwards.
    expect(best.found?.verdict).toMatchObject({ read: 0, accepted: 1, detectedBy: 'close.count' });
  });

  it('reports its bound, the scripts it ran and the states it decided from', async () => {
    const best = await searchBestAttack(EVERY_DEFENCE, keys, { depth: 0 });
    expect(best).toMatchObject({ depth: 0, found: null, cancelled: false });
    expect(best.scripts).toBe(2); // one silent script in each scenario
    const stopped = new AbortController();
    stopped.abort();
    expect(await searchBestAttack(EVERY_DEFENCE, keys, { signal: stopped.signal })).toMatchObject({
      cancelled: true,
      found: null,
    });
  });
});
