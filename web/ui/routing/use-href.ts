import { useCallback, useSyncExternalStore } from 'react';
import { hrefFor, linkBase, renderedLinkBase, subscribeToLinks } from './navigation.ts';

/**
 * Turns hash-form links ("#/lesson/x/2") into hrefs for this page: the same string with hash
 * links, a relative path link otherwise. A page rendered ahead of time hydrates with the
 * hrefs it was rendered with, then carries the page's own parameters (`?theme=…`) on.
 */
export function useHref(): (hash: string) => string {
  const base = useSyncExternalStore(subscribeToLinks, linkBase, renderedLinkBase);
  return useCallback((hash: string) => hrefFor(hash, base), [base]);
}
