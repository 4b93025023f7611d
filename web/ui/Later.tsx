import { type ReactNode, Suspense } from 'react';
import { useHydrated } from './preloadable.ts';

/**
 * A part that loads after the page: its frame (the fallback) holds its place until its code
 * arrives. In a page rendered ahead of time the frame is in the HTML, and the part loads only
 * after the page has hydrated.
 */
export function Later({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const hydrated = useHydrated();
  return <Suspense fallback={fallback}>{hydrated ? children : fallback}</Suspense>;
}
