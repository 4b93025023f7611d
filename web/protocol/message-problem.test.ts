import { describe, expect, it } from 'vitest';
import { loneSurrogateAt } from '../text/text.ts';
import { KeyCache } from './keyring.ts';
import { DEFAULT_CONFIG, messageProblem } from './presets.ts';
import { runScenario } from './scenario.ts';

describe('messages that are not well-formed Unicode', () => {
  it('are refused, naming the lone half of a surrogate pair', () => {
    expect(messageProblem('x\ud800y\udc00z')).toMatch(
      /not well-formed Unicode: character 2 is U\+D800, half of a surrogate pair/,
    );
    expect(messageProblem('\udc00')).toMatch(/character 1 is U\+DC00/);
    expect(loneSurrogateAt('a🏛️b')).toBe(-1);
    expect(messageProblem('Meet at the 🏛️ at 3 🕒')).toBeNull();
  });

  it('never reach the engine, so no outcome can claim they were read exactly', async () => {
    await expect(
      runScenario(
        'conversation',
        { ...DEFAULT_CONFIG, keyExchange: 'none', message: 'x\ud800y\udc00z' },
        { presence: 'passive' },
        new KeyCache(),
      ),
    ).rejects.toThrow(/not well-formed Unicode/);
  });
});
