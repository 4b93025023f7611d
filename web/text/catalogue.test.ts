import { describe, expect, it } from 'vitest';
import { formatMessage, loadLocale, registerMessages, t } from './index.ts';

registerMessages({
  'test.catalogue.plain': '{lesson} · step {step} of {steps}',
  'test.catalogue.plural': '{n, plural, =1 {# copy} other {# copies}}',
});

describe('the catalogue', () => {
  it('renders plain parameters as the ICU formatter does, numbers through Intl', () => {
    const params = { lesson: 'Replay', step: 2, steps: 12000 };
    expect(t('test.catalogue.plain', params)).toBe('Replay · step 2 of 12,000');
    expect(t('test.catalogue.plain', params)).toBe(
      formatMessage('{lesson} · step {step} of {steps}', params),
    );
    expect(() => t('test.catalogue.plain', { lesson: 'Replay' })).toThrow(/needs the parameter/);
  });

  it('renders plurals through the formatter its door installs', () => {
    expect(t('test.catalogue.plural', { n: 1 })).toBe('1 copy');
    expect(t('test.catalogue.plural', { n: 3 })).toBe('3 copies');
  });

  it('renders the pseudo-locale once it has loaded, and refuses it before', async () => {
    expect(() => t('test.catalogue.plural', { n: 3 }, 'en-XA')).toThrow(/loadLocale/);
    await loadLocale('en-XA');
    expect(t('test.catalogue.plural', { n: 3 }, 'en-XA')).toMatch(/^\[3 çöþîéš ·+\]$/);
    expect(t('test.catalogue.plain', { lesson: 'X', step: 1, steps: 2 }, 'en-XA')).toMatch(
      /^\[X · šţéþ 1 öƒ 2 ·+\]$/,
    );
  });
});
