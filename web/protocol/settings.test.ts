import { describe, expect, it } from 'vitest';
import { render } from '../text/index.ts';
import '../text/messages/settings-patterns.ts';
import { applySettings, DEFAULT_SETTINGS, SETTINGS, settingNamed } from './settings.ts';

const written = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('the settings schema', () => {
  it('declares each setting once, by a unique name', () => {
    const names = SETTINGS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'oscar',
        'forgery',
        'exchange',
        'check',
        'certificates',
        'cipher',
        'signatures',
        'placement',
        'rsa',
        'aes',
        'curve',
        'message',
      ]),
    );
  });

  it('sets every offered value, and formats it back as written', () => {
    const withCertificates = applySettings(
      DEFAULT_SETTINGS,
      written({ oscar: 'mitm', certificates: 'on' }),
    ).settings;
    for (const setting of SETTINGS) {
      for (const { value } of setting.choices) {
        const applied = setting.apply(withCertificates, value);
        if ('problem' in applied)
          throw new Error(`${setting.name}=${value}: ${render(applied.problem)}`);
        expect(setting.format(applied.settings)).toBe(value);
      }
    }
  });

  it('maps link names to the engine’s fields', () => {
    const { settings, rejected } = applySettings(
      DEFAULT_SETTINGS,
      written({ exchange: 'ecdh', rsa: '3072', aes: '128', placement: 'inside', oscar: 'passive' }),
    );
    expect(rejected).toEqual([]);
    expect(settings.config).toMatchObject({
      keyExchange: 'ecdh',
      rsaBits: 3072,
      aesBits: 128,
      signaturePlacement: 'inside',
    });
    expect(settings.plan).toEqual({ presence: 'passive' });
  });

  it('accepts a number only as written in its choices', () => {
    const rsa = settingNamed('rsa');
    for (const spelling of ['2048.0', '0x800', ' 2048', '2048 ', '+2048', '02048', '2e3', '']) {
      expect(rsa?.apply(DEFAULT_SETTINGS, spelling), spelling).toHaveProperty('problem');
    }
    expect(rsa?.apply(DEFAULT_SETTINGS, '2048')).toHaveProperty('settings');
  });

  it('applies a forgery only with Oscar in the middle and certificates on, whatever the order', () => {
    const used = applySettings(
      DEFAULT_SETTINGS,
      written({ forgery: 'expired', certificates: 'on', oscar: 'mitm' }),
    );
    expect(used.rejected).toEqual([]);
    expect(used.settings.plan).toEqual({ presence: 'mitm', forgery: 'expired' });

    const ignored = applySettings(DEFAULT_SETTINGS, written({ forgery: 'expired' }));
    expect(ignored.rejected).toEqual([
      expect.objectContaining({ name: 'forgery', written: 'expired' }),
    ]);
    expect(ignored.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses an empty message with the engine’s reason', () => {
    const { rejected } = applySettings(DEFAULT_SETTINGS, written({ message: '   ' }));
    expect(render(rejected[0]?.reason ?? { key: 'missing' })).toMatch(/Type a message first/);
  });
});
