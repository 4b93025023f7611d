import { describe, expect, it } from 'vitest';
import { projectorOf } from './present-link.ts';
import { parsePresentMessage } from './present-messages.ts';
import { projectorUrl } from './start-presenting.ts';
import { formatElapsed } from './use-elapsed.ts';

describe('messages between the speaker and projector windows', () => {
  it('reads each message shape', () => {
    expect(parsePresentMessage({ type: 'key', direction: 'back' })).toEqual({
      type: 'key',
      direction: 'back',
    });
    expect(parsePresentMessage({ type: 'goto', stepIndex: 3 })).toEqual({
      type: 'goto',
      stepIndex: 3,
    });
    expect(parsePresentMessage({ type: 'end', extra: 1 })).toEqual({ type: 'end' });
    const state = {
      type: 'state',
      lessonId: 'replay',
      stepIndex: 1,
      shown: 4,
      events: 9,
      atPause: false,
    };
    expect(parsePresentMessage(state)).toEqual(state);
  });

  it('ignores anything else', () => {
    for (const message of [
      null,
      'key',
      { type: 'key', direction: 'up' },
      { type: 'goto', stepIndex: -1 },
      { type: 'goto', stepIndex: 1.5 },
      { type: 'state', lessonId: '../x', stepIndex: 0, shown: 0, events: 0, atPause: true },
      { type: 'state', lessonId: 'replay', stepIndex: 0, shown: 5, events: 4, atPause: true },
      { type: 'state', lessonId: 'replay', stepIndex: 0, shown: 0, events: 4 },
      { type: 'unknown' },
    ])
      expect(parsePresentMessage(message)).toBeNull();
  });
});

describe('the projector window’s address', () => {
  it('is this page as an embed in the projector theme, naming the presentation', () => {
    const url = projectorUrl(
      { origin: 'https://example.org', pathname: '/handshake-lab/' },
      'c0ffee00-1234',
      'replay',
      2,
    );
    expect(url).toBe(
      'https://example.org/handshake-lab/?embed=1&theme=projector&present=c0ffee00-1234#/lesson/replay/3',
    );
    expect(projectorOf(new URL(url).search)).toBe('c0ffee00-1234');
    expect(projectorOf('?present=<script>')).toBeNull();
    expect(projectorOf('?embed=1')).toBeNull();
  });
});

describe('the speaker’s clock', () => {
  it('reads minutes and seconds, and hours past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_999)).toBe('1:05');
    expect(formatElapsed(3_727_000)).toBe('1:02:07');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
