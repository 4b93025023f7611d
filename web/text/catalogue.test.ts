import './messages/rich-formatting.ts';
import { describe, expect, it } from 'vitest';
import { opensWith, registerMessages, render, t } from './catalogue.ts';
import { formatNumber } from './locale.ts';
import { partyName } from './messages/parties.ts';

registerMessages({
  'test.reads': '{actor, party} reads {packet}.',
  'test.packet': '{owner, party}’s public key',
  'test.about': 'The session is over: {actor, party} erases it.',
  'test.nothing': '',
  'test.count': '{n, plural, one {# packet} other {# packets}}{more}',
});

describe('the catalogue', () => {
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
    expect(() => render({ key: 'test.unknown' })).toThrow(/No message has the key/);
  });

  it('writes numbers for the locale through Intl', () => {
    expect(formatNumber(20000)).toBe('20,000');
    expect(formatNumber(20000n, 'en-XA')).toBe('20,000');
  });
});
