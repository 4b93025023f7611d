import { describe, expect, it } from 'vitest';
import { t } from './index.ts';
import './messages/ui-matrix.ts';

describe('the matrix page’s sentences', () => {
  it('add “Run twice, won twice.” only when the attack was confirmed', () => {
    const found = { opening: 'Oscar wins in 1 move, in x.', verdict: 'Oscar wins: 1 accepted' };
    expect(t('ui.matrix.search.found', { ...found, confirmed: 'yes' })).toBe(
      'Oscar wins in 1 move, in x. Oscar wins: 1 accepted. Run twice, won twice.',
    );
    expect(t('ui.matrix.search.found', { ...found, confirmed: 'no' })).toBe(
      'Oscar wins in 1 move, in x. Oscar wins: 1 accepted.',
    );
  });

  it('say a stopped search’s counts after “Stopped:”, with the time when it was measured', () => {
    const counts = { scripts: '1000', states: '2', pruned: '3', ms: '4' };
    expect(t('ui.matrix.search.status-timed', { ...counts, cancelled: 'yes' })).toBe(
      'Stopped: 1000 scripts run, 2 distinct states, 3 scripts skipped as repeats, in 4 ms.',
    );
    expect(t('ui.matrix.search.status', { ...counts, cancelled: 'no' })).toBe(
      '1000 scripts run, 2 distinct states, 3 scripts skipped as repeats.',
    );
  });

  it('count one move in the singular and two in the plural', () => {
    expect(t('ui.matrix.search.wins-in', { moves: 1, arena: 'x' })).toBe(
      'Oscar wins in 1 move, in x.',
    );
    expect(t('ui.matrix.search.wins-in', { moves: 2, arena: 'x' })).toBe(
      'Oscar wins in 2 moves, in x.',
    );
  });
});
