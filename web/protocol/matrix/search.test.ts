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
import { type Verdict, verdictOf, verdictReasons } from './verdict.ts';

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
  keySchedule: 'tls13',
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

  it('every defence on, seed 003’s handshake (no key schedule): a replayed message is acted on before the signed CLOSE’s count shows it, a true win', async () => {
    const best = await searchBestAttack({ ...EVERY_DEFENCE, keySchedule: 'off' }, keys);
    expect(best.found?.arena).toBe('handshake');
    expect(best.found?.steps.map((s) => s.move)).toEqual(['replay']);
    // Seed 003's records carry no number: Bob accepts the copy, and only the count in the
    // signed CLOSE tells him afterwards. Accepted is a win; the late detection does not undo it.
    expect(best.found?.verdict).toMatchObject({
      read: 0,
      accepted: 1,
      detectedBy: 'close.count',
      winner: 'oscar',
    });
    expect(verdictReasons(best.found?.verdict as Verdict).map((r) => render(r))).toEqual([
      '1 message was accepted that Alice never sent, sent only once, or sent in another order.',
      'Being caught by a check (CLOSE message count) does not undo it.',
    ]);
  });

  it('every defence on, the key schedule too: he still wins in one move, by dropping a session’s last order, which nothing after it reveals (truncation), a true win', async () => {
    const best = await searchBestAttack(EVERY_DEFENCE, keys);
    // Numbered records stop the handshake replay; what is left is the two sessions' weak end:
    // no authenticated end closes a session there, so a missing last order shows no gap.
    expect(best.found?.arena).toBe('two-sessions');
    expect(best.found?.steps.map((s) => s.move)).toEqual(['drop']);
    expect(render(best.found?.narrated[0]?.says ?? { key: 'move.a-message' })).toBe(
      'Oscar drops Alice’s message m2',
    );
    expect(best.found?.verdict).toMatchObject({
      read: 0,
      accepted: 0,
      lost: 1,
      detectedBy: null,
      winner: 'oscar',
    });
    expect(best.found?.confirmed).toBe(true);
    expect(verdictReasons(best.found?.verdict as Verdict).map((r) => render(r))).toEqual([
      '1 message never arrived, and nothing that came after told the recipient one was missing.',
    ]);
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
