import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route.ts';

/**
 * One arrival per navigation: the first load, a link followed, a hash typed or pasted, back and
 * forward. A page that rewrites its own address with `history.replaceState` (the sandbox and
 * the matrix keep their link in step with their controls) makes no arrival, so the route stays
 * the one navigated to, and the same link followed twice is two arrivals.
 */
interface Arrival {
  readonly hash: string;
  /** Counts arrivals: a page re-reads its link whenever this changes. */
  readonly count: number;
}

let latest: Arrival | null = null;

function current(): Arrival {
  latest ??= { hash: window.location.hash, count: 0 };
  return latest;
}

const listeners = new Set<() => void>();

function arrive(): void {
  latest = { hash: window.location.hash, count: current().count + 1 };
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', arrive);
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('hashchange', arrive);
  };
}

export function useHashRoute(): { route: Route; arrival: number } {
  const { hash, count } = useSyncExternalStore(subscribe, current, current);
  return { route: parseRoute(hash), arrival: count };
}
