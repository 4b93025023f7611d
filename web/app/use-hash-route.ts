import { useSyncExternalStore } from 'react';
import { routeHash, subscribeToLinks } from './links/navigation.ts';
import { parseRoute, type Route } from './route.ts';

/** The route of the current page, from its hash link or its path link (read in hash form). */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribeToLinks, routeHash, routeHash);
  return parseRoute(hash);
}
