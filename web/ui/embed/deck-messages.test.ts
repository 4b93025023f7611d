import { describe, expect, it } from 'vitest';
import {
  allowedParent,
  deckEvent,
  deckMove,
  invalidParentWarning,
  parseDeckCommand,
} from './deck-messages.ts';

describe('commands from a deck', () => {
  it('reads reveal.js-shaped calls, as objects or as the JSON strings reveal.js posts', () => {
    expect(parseDeckCommand({ method: 'next', args: [] }, 5)).toEqual({ method: 'next' });
    expect(parseDeckCommand({ method: 'prev' }, 5)).toEqual({ method: 'prev' });
    expect(parseDeckCommand('{"method":"getState","args":[]}', 5)).toEqual({
      method: 'getState',
    });
    expect(parseDeckCommand({ method: 'step', args: [3] }, 5)).toEqual({ method: 'step', step: 3 });
  });

  it('maps reveal.js’s slide:start and slide:stop to play and pause', () => {
    expect(parseDeckCommand('slide:start', 5)).toEqual({ method: 'play' });
    expect(parseDeckCommand('slide:stop', 5)).toEqual({ method: 'pause' });
  });

  it('ignores everything else', () => {
    const ignored: unknown[] = [
      null,
      undefined,
      42,
      'next',
      '{not json}',
      '{"method":"next"',
      [],
      { method: 'play' },
      { method: 'toString' },
      { method: '__proto__' },
      { method: 'next', args: 'x' },
      { method: 'next', args: [1] },
      { method: 'step', args: [] },
      { method: 'step', args: [0] },
      { method: 'step', args: [6] },
      { method: 'step', args: [2.5] },
      { method: 'step', args: ['2'] },
      { method: 'step', args: [2, 3] },
      { namespace: 'reveal', eventName: 'slidechanged' },
      `{"method":"next","pad":"${'x'.repeat(2000)}"}`,
    ];
    for (const data of ignored) expect(parseDeckCommand(data, 5), String(data)).toBeNull();
  });

  it('ignores hostile shapes: args null, extra keys, prototype keys, objects that are not plain', () => {
    const hostile: unknown[] = [
      { method: 'next', args: null },
      '{"method":"next","args":null}',
      { method: 'next', args: [], pad: 'x' },
      '{"method":"next","args":[],"pad":"xxxx"}',
      '{"method":"next","args":[],"__proto__":{"args":[]}}',
      '{"method":"next","__proto__":null}',
      '{"method":"next","constructor":{"prototype":{}}}',
      { method: 'next', args: [], constructor: 'x' },
      Object.assign(Object.create({ polluted: true }), { method: 'next', args: [] }),
      Object.create({ method: 'next', args: [] }),
      { args: [] },
      { method: 'step', args: [2], step: 4 },
    ];
    for (const data of hostile) expect(parseDeckCommand(data, 5), JSON.stringify(data)).toBeNull();
    // The same commands in their documented shape are obeyed.
    expect(parseDeckCommand(Object.assign(Object.create(null), { method: 'next' }), 5)).toEqual({
      method: 'next',
    });
  });
});

describe('messages to a deck', () => {
  it('posts events as JSON strings in reveal.js’s shape', () => {
    const state = { lesson: 'postcards', step: 2, steps: 3, event: 4, events: 15 };
    expect(JSON.parse(deckEvent('stepchanged', state))).toEqual({
      namespace: 'handshake-lab',
      eventName: 'stepchanged',
      state,
    });
  });

  it('asks reveal.js to move with its own API call', () => {
    expect(JSON.parse(deckMove('next'))).toEqual({ method: 'next', args: [] });
  });
});

describe('?parent=', () => {
  it('reads an origin, and refuses anything that is not exactly one', () => {
    expect(allowedParent('')).toBeNull();
    expect(allowedParent('?embed=1&parent=https://slides.example.org')).toBe(
      'https://slides.example.org',
    );
    expect(allowedParent('?parent=http://localhost:8000/')).toBe('http://localhost:8000');
    expect(allowedParent('?parent=https://slides.example.org/deck.html')).toBe('invalid');
    expect(allowedParent('?parent=*')).toBe('invalid');
    expect(allowedParent('?parent=')).toBe('invalid');
    expect(allowedParent('?parent=file:///tmp/deck.html')).toBe('invalid');
  });

  it('explains an invalid value for the console, naming it and the form expected', () => {
    expect(invalidParentWarning('?embed=1')).toBeNull();
    expect(invalidParentWarning('?parent=https://slides.example.org')).toBeNull();
    const warning = invalidParentWarning('?parent=https://slides.example.org/deck.html');
    expect(warning).toContain('?parent=“https://slides.example.org/deck.html” is not an origin');
    expect(warning).toContain('such as ?parent=https://slides.example.org');
    expect(invalidParentWarning(`?parent=${'x'.repeat(10_000)}`)?.length).toBeLessThan(400);
  });
});
