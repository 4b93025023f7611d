import { useSyncExternalStore } from 'react';

/** This window is the speaker view of a presentation whose projector window it opened. */
export interface Presentation {
  readonly id: string;
  readonly projector: Window;
  /** Date.now() when it started: the speaker's clock counts from here. */
  readonly startedAt: number;
}

let current: Presentation | null = null;
const listeners = new Set<() => void>();

function set(next: Presentation | null) {
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const get = () => current;

/** The presentation this window is the speaker view of, or null. */
export function usePresentation(): Presentation | null {
  return useSyncExternalStore(subscribe, get, get);
}

/** This window becomes the speaker view of a projector window it has opened. */
export function beginPresentation(presentation: Presentation): void {
  set(presentation);
}

/** Back to the ordinary page; the projector window closes if it is still open. */
export function stopPresenting(): void {
  if (current && !current.projector.closed) current.projector.close();
  set(null);
}
