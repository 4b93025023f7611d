import './messages/rich-formatting.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatMessage,
  formatNumber,
  loadLocale,
  opensWith,
  registerMessages,
  render,
  t,
} from './index.ts';
import { partyName } from './messages/parties.ts';

registerMessages({
  'test.catalogue.plain': '{lesson} · step {step} of {steps}',
  'test.catalogue.plural': '{n, plural, =1 {# copy} other {# copies}}',
  'test.reads': '{actor, party} reads {packet}.',
  'test.packet': '{owner, party}’s public key',
  'test.about': 'The session is over: {actor, party} erases it.',
  'test.nothing': '',
  'test.count': '{n, plural, one {# packet} other {# packets}}{more}',
});

describe('the catalogue before the pseudo-locale loads', () => {
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

describe('the catalogue', () => {
  beforeAll(() => loadLocale('en-XA'));

  it('names parties from their ids, numbered ones through one pattern', () => {
    expect(partyName('alice')).toBe('Alice');
    expect(partyName('broker-2')).toBe('Broker 2');
    expect(() => partyName('mallory')).toThrow(/No message names the party "mallory"/);
  });

  it('renders a message inside a message, in the same locale', () => {
    const label = { key: 'test.packet', params: { owner: 'bob' } };
    expect(t('test.reads', { actor: 'alice', packet: label })).toBe(
      'Alice reads Bob’s public key.',
    );
    // Each message is pseudo-localised on its own, the names included: brackets in brackets.
    expect(t('test.reads', { actor: 'alice', packet: label }, 'en-XA')).toMatch(
      /^\[\[Àĺîçé ·+\] ŕéàđš \[\[Ɓöƀ ·+\]’š þûƀĺîç ķéý ·+\]\. ·+\]$/,
    );
  });

  it('keeps an empty sentence empty in every locale', () => {
    const count = (n: number) => ({ n, more: { key: 'test.nothing' } });
    expect(t('test.count', count(1))).toBe('1 packet');
    expect(t('test.count', count(1200), 'en-XA')).toMatch(/^\[1,200 þàçķéţš ·+\]$/);
  });

  it('knows whether a sentence opens with the party it is about', () => {
    expect(opensWith({ key: 'test.reads', params: { actor: 'bob' } }, 'actor')).toBe(true);
    expect(opensWith({ key: 'test.about', params: { actor: 'bob' } }, 'actor')).toBe(false);
    expect(opensWith({ key: 'test.count', params: { n: 1 } }, 'n')).toBe(true);
    expect(opensWith({ key: 'test.count', params: { n: 1 } }, 'more')).toBe(false);
    expect(() => render({ key: 'test.unknown' })).toThrow(/No message has the key/);
  });

  it('writes numbers for the locale through Intl', () => {
    expect(formatNumber(20000)).toBe('20,000');
    expect(formatNumber(20000n, 'en-XA')).toBe('20,000');
  });
});
