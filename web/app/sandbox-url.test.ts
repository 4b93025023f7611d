import { describe, expect, it } from 'vitest';
import { formatSandbox, parseSandbox, SANDBOX_DEFAULT } from './sandbox-url.ts';

describe('sandbox links', () => {
  it('round-trip every setting', () => {
    const query =
      'exchange=ecdh&oscar=tamper&check=out-of-band&cipher=aes-ctr&signatures=ed25519&placement=inside&curve=P-256&rsa=3072&aes=128&message=hi+there';
    const { state, problems } = parseSandbox(query);
    expect(problems).toEqual([]);
    expect(state.config).toMatchObject({
      keyExchange: 'ecdh',
      check: 'out-of-band',
      cipher: 'aes-ctr',
      rsaBits: 3072,
      aesBits: 128,
      message: 'hi there',
    });
    expect(state.plan.presence).toBe('tamper');
    expect(parseSandbox(formatSandbox(state)).state).toEqual(state);
  });

  it('carry certificates and Oscar’s forgery', () => {
    const { state, problems } = parseSandbox('oscar=mitm&forgery=expired&certificates=on');
    expect(problems).toEqual([]);
    expect(state.plan).toEqual({ presence: 'mitm', forgery: 'expired' });
    expect(state.config.certificates).toBe('on');
    expect(parseSandbox(formatSandbox(state)).state).toEqual(state);
  });

  it('keep defaults out of the link', () => {
    expect(formatSandbox(SANDBOX_DEFAULT)).toBe('');
  });

  it('report bad values and keep the defaults, losing nothing else', () => {
    const { state, problems } = parseSandbox(
      'exchange=quantum&rsa=1000&oscar=mitm&message=%20&cipher=aes-ctr',
    );
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).toMatch(/exchange=quantum/);
    expect(state.config.keyExchange).toBe(SANDBOX_DEFAULT.config.keyExchange);
    expect(state.config.rsaBits).toBe(SANDBOX_DEFAULT.config.rsaBits);
    expect(state.config.cipher).toBe('aes-ctr');
  });
});
