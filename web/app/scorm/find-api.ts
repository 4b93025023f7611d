/** The SCORM 1.2 run-time API an LMS puts in a window above the course (SCORM 1.2 RTE 3.3.6.1). */
export interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
  LMSGetLastError(): string;
}

/** How many frames up the specification's own search goes before it gives up. */
const MAX_LEVELS = 7;

function isApi(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
    (name) => typeof api[name] === 'function',
  );
}

/** `API` in this window or one of its parents; a parent of another origin ends the search. */
function searchUp(start: Window): Scorm12Api | null {
  let win = start;
  for (let level = 0; level <= MAX_LEVELS; level++) {
    try {
      const api = (win as Window & { API?: unknown }).API;
      if (isApi(api)) return api;
    } catch {
      return null; // another origin's window: its properties cannot be read
    }
    if (win.parent === win) return null;
    win = win.parent;
  }
  return null;
}

/** The LMS's API: up the chain of parents, then from the window that opened this one. */
export function findScormApi(win: Window): Scorm12Api | null {
  return searchUp(win) ?? (win.opener ? searchUp(win.opener as Window) : null);
}
