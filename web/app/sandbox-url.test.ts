import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS, settingNamed } from '../protocol/index.ts';
import { render } from '../text/index.ts';
import { shorten } from '../text/text.ts';
import { parseRoute } from '../ui/routing/route.ts';
import { formatSandbox, parseSandbox, SANDBOX_DEFAULT } from './sandbox-url.ts';

/** A small seeded generator, so a failing link can be reproduced. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('sandbox links', () => {
  it('read a hand-written message whole, "?" and "#" included, and write it back encoded', () => {
    const route = parseRoute('#/sandbox?message=Are you there? Call me #2&oscar=passive');
    if (route.page !== 'sandbox') throw new Error(`not the sandbox: ${route.page}`);
    const { state, problems } = parseSandbox(route.query);
    expect(problems).toEqual([]);
    expect(state.config.message).toBe('Are you there? Call me #2');
    expect(state.plan.presence).toBe('passive');
    const written = formatSandbox(state);
    expect(written).toBe('oscar=passive&message=Are%20you%20there%3F%20Call%20me%20%232');
    expect(parseSandbox(written).state).toEqual(state);
  });

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

  it('name every part of the link that was ignored', () => {
    const { state, problems } = parseSandbox(
      'rsa=3072&colour=red&rsa=1024&oscar=passive&forgery=expired&=x',
    );
    expect(state.config.rsaBits).toBe(3072);
    expect(state.plan).toEqual({ presence: 'passive' });
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^“colour=red” was ignored: the sandbox has no setting/),
        expect.stringMatching(/^“rsa=1024” was ignored: “rsa” appears more than once/),
        expect.stringMatching(/^“forgery=expired” was ignored.*only when Oscar is in the middle/),
        expect.stringMatching(/^“=x” was ignored/),
      ]),
    );
  });

  it('refuse key sizes not written exactly as offered', () => {
    for (const query of ['rsa=2048.0', 'rsa=0x800', 'rsa=%202048', 'rsa=+2048', 'aes=0256']) {
      const { state, problems } = parseSandbox(query);
      expect(problems, query).toHaveLength(1);
      expect(problems[0], query).toMatch(/was ignored, so the default is used\. The choices are/);
      expect(state).toEqual(SANDBOX_DEFAULT);
    }
  });

  it('shorten a long bad value in its notice', () => {
    const { problems } = parseSandbox(`exchange=${'q'.repeat(10_000)}`);
    expect(problems[0]?.length).toBeLessThan(200);
    expect(problems[0]).toContain('…');
  });

  it('leave no part of 1,000 fuzzed links unused without a notice', () => {
    const random = generator(2026);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const names = [...SETTINGS.map((s) => s.name), 'colour', 'Rsa', 'oscar ', ''];
    const valuesFor = (name: string) => [
      ...(settingNamed(name)?.choices.map((c) => c.value) ?? []),
      '2048.0',
      '0x800',
      ' 2048',
      '02048',
      'ON',
      '',
      'x'.repeat(500),
      'hi there',
    ];
    for (let link = 0; link < 1_000; link++) {
      const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
        const name = pick(names);
        return [name, pick(valuesFor(name))] as const;
      });
      const query = new URLSearchParams(parts.map(([n, v]) => [n, v])).toString();
      const { state, problems } = parseSandbox(query);
      const seen = new Set<string>();
      for (const [name, value] of parts) {
        const setting = settingNamed(name);
        const first = !seen.has(name);
        seen.add(name);
        const used =
          first &&
          setting !== undefined &&
          (!setting.appliesWhen || setting.appliesWhen.test(state)) &&
          setting.format(state) === value;
        const noticed = problems.some((p) => p.includes(`“${shorten(`${name}=${value}`, 60)}”`));
        expect(used || noticed, `${query}: ${name}=${value}`).toBe(true);
      }
    }
  });
});

describe('the sandbox link and the settings schema', () => {
  it('drives the sandbox link: a setting changed is a setting in the link', () => {
    for (const setting of SETTINGS) {
      const value = setting.choices.find((c) => c.value !== setting.format(DEFAULT_SETTINGS));
      if (!value || setting.appliesWhen) continue;
      const applied = setting.apply(DEFAULT_SETTINGS, value.value);
      if ('problem' in applied) throw new Error(render(applied.problem));
      expect(new URLSearchParams(formatSandbox(applied.settings)).get(setting.name)).toBe(
        value.value,
      );
      expect(parseSandbox(formatSandbox(applied.settings)).state).toEqual(applied.settings);
    }
  });
});
