import { type ReactNode, Suspense } from 'react';
import { useHydrated } from './preloadable.ts';

/**
 * A part that loads after the page: its frame (the fallback) holds its place until its code
 * arrives. In a page rendered ahead of time the frame is in the HTML, and the part loads only
 * after the page has hydrated; a part below the first screen (`whenIdle`) once the browser is
 * idle after that, so that the parts are not all put in the page in one long task.
 */
export function Later({
  fallback,
  children,
  whenIdle = false,
}: {
  fallback: ReactNode;
  children: ReactNode;
  whenIdle?: boolean;
}) {
  const hydrated = useHydrated(whenIdle);
  return <Suspense fallback={fallback}>{hydrated ? children : fallback}</Suspense>;
}
