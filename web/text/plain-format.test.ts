import { describe, expect, it } from 'vitest';
import { registerMessages, t } from './catalogue.ts';
import './messages/parties.ts';

// No rich-formatting.ts here: the catalogue as a first page has it, before the engine loads.
registerMessages({
  'test.plain.joined': '{actor, party} joined with {count} keys.',
  'test.plain.plural': '{n, plural, one {# key} other {# keys}}',
});

describe('the catalogue before the full reader loads', () => {
  it('fills plain parameters and party names, numbers through Intl', () => {
    expect(t('test.plain.joined', { actor: 'broker-2', count: 12000 })).toBe(
      'Broker 2 joined with 12,000 keys.',
    );
  });

  it('refuses a plural or the pseudo-locale with a message that says what to load', () => {
    expect(() => t('test.plain.plural', { n: 2 })).toThrow(/rich-formatting\.ts/);
    expect(() => t('test.plain.joined', { actor: 'bob', count: 1 }, 'en-XA')).toThrow(
      /pseudo-locale needs the full message reader/,
    );
  });

  it('still names a missing parameter', () => {
    expect(() => t('test.plain.joined', { actor: 'bob' })).toThrow(/needs the parameter "count"/);
  });
});
