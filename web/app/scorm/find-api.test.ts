import { describe, expect, it } from 'vitest';
import { findScormApi } from './find-api.ts';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
});

/** A window, as far as the search reads it: API, parent (itself at the top), opener. */
function frame(options: { API?: unknown; parent?: object; opener?: object } = {}): Window {
  const win: Record<string, unknown> = { API: options.API, opener: options.opener ?? null };
  win.parent = options.parent ?? win;
  return win as unknown as Window;
}

/** A window of another origin: reading its properties throws, as browsers do. */
const foreign = new Proxy(
  {},
  {
    get() {
      throw new DOMException(
        'Blocked a frame from accessing a cross-origin frame.',
        'SecurityError',
      );
    },
  },
);

describe('findScormApi', () => {
  it('finds the API in a parent a few frames up', () => {
    const lms = api();
    const top = frame({ API: lms });
    const course = frame({ parent: frame({ parent: frame({ parent: top }) }) });
    expect(findScormApi(course)).toBe(lms);
  });

  it('then in the window that opened the course, and its parents', () => {
    const lms = api();
    const opener = frame({ parent: frame({ API: lms }) });
    expect(findScormApi(frame({ opener }))).toBe(lms);
  });

  it('stops at a parent of another origin, at the top, and past seven levels', () => {
    expect(findScormApi(frame({ parent: foreign }))).toBeNull();
    expect(findScormApi(frame())).toBeNull();
    let win = frame({ API: api() });
    for (let level = 0; level < 9; level++) win = frame({ parent: win });
    expect(findScormApi(win)).toBeNull();
  });

  it('takes only an object with the SCORM 1.2 functions', () => {
    expect(findScormApi(frame({ API: { LMSInitialize: () => 'true' } }))).toBeNull();
    expect(findScormApi(frame({ API: 'API' }))).toBeNull();
  });
});
