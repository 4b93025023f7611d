import { useSyncExternalStore } from 'react';
import { prerenderedPage, routeHash, subscribeToLinks } from '../ui/routing/navigation.ts';
import { parseRoute, type Route } from '../ui/routing/route.ts';

/**
 * One arrival per navigation: the first load, a link followed, a link typed or pasted, back
 * and forward. A page that rewrites its own address in place (the sandbox and the matrix keep
 * their link in step with their controls, with `history.replaceState`) makes no arrival, so
 * the route stays the one navigated to, and the same link followed twice is two arrivals.
 * The route is read in hash form from either kind of link (links/navigation.ts).
 */
interface Arrival {
  readonly hash: string;
  /** Counts arrivals: a page re-reads its link whenever this changes. */
  readonly count: number;
}

let latest: Arrival | null = null;

function current(): Arrival {
  if (!latest) {
    // The first arrival is the very snapshot the page hydrated with, when the address still
    // names that page: were it an equal copy, React would render the whole app again,
    // synchronously, to swap one for the other.
    const hash = routeHash();
    latest = rendered?.hash === hash ? rendered : { hash, count: 0 };
  }
  return latest;
}

/**
 * While a page is rendered ahead of time, each page in turn: never a stale route. In the
 * browser React reads it only while hydrating, and then it is the page the HTML shows, even if
 * a link followed meanwhile has moved the address on: the arrival after hydration renders that.
 */
let rendered: Arrival | null = null;
function serverSnapshot(): Arrival {
  const page = typeof window === 'undefined' ? null : prerenderedPage();
  const hash = page === null ? routeHash() : `#${page}`;
  if (rendered?.hash !== hash) rendered = { hash, count: 0 };
  return rendered;
}

const listeners = new Set<() => void>();
let stopListening: (() => void) | null = null;

function arrive(): void {
  latest = { hash: routeHash(), count: current().count + 1 };
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) stopListening = subscribeToLinks(arrive);
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      stopListening?.();
      stopListening = null;
    }
  };
}

export function useHashRoute(): { route: Route; arrival: number } {
  const { hash, count } = useSyncExternalStore(subscribe, current, serverSnapshot);
  return { route: parseRoute(hash), arrival: count };
}
