import { useSyncExternalStore } from 'react';
import { projectorUrl } from './present-link.ts';

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

/**
 * Opens the projector window on this step and makes this window the speaker view. Called in
 * the click's own handler, so the browser counts the window as one the user asked for.
 * Returns false when the browser blocked it.
 */
export function startPresenting(lessonId: string, stepIndex: number): boolean {
  const id = crypto.randomUUID();
  const url = projectorUrl(window.location, id, lessonId, stepIndex);
  // Not 'noopener': the speaker window must see when the projector is closed.
  const projector = window.open(
    url,
    `handshake-lab-projector-${id}`,
    'popup,width=1280,height=720',
  );
  if (!projector) return false;
  set({ id, projector, startedAt: Date.now() });
  return true;
}

/** Back to the ordinary page; the projector window closes if it is still open. */
export function stopPresenting(): void {
  if (current && !current.projector.closed) current.projector.close();
  set(null);
}
