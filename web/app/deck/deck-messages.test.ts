import { describe, expect, it } from 'vitest';
import { allowedParent, deckEvent, deckMove, parseDeckCommand } from './deck-messages.ts';

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
});
