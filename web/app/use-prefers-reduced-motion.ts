import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const prefersReduced = () => window.matchMedia?.(QUERY).matches ?? false;
// A page rendered ahead of time cannot know; it assumes motion until the browser says.
const onServer = () => false;

/** The viewer's reduced-motion setting, without loading the animation library. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReduced, onServer);
}
