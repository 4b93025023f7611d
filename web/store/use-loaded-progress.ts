import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { loadProgress } from './load-progress.ts';
import type { ProgressState } from './progress-store.ts';

type ProgressModule = Awaited<ReturnType<typeof loadProgress>>;
const noSubscription = () => () => {};

/**
 * Progress for the lesson list, loaded just after the list itself (so the first view does
 * not carry the store); null for the moment before it arrives.
 */
export function useLoadedProgress(): ProgressState | null {
  const [store, setStore] = useState<ProgressModule | null>(null);
  useEffect(() => {
    let open = true;
    void loadProgress().then((module) => {
      if (open) setStore(module);
    });
    return () => {
      open = false;
    };
  }, []);
  const subscribe = useCallback(
    (listener: () => void) => (store ? store.subscribeToProgress(listener) : noSubscription()),
    [store],
  );
  return useSyncExternalStore(
    subscribe,
    () => store?.progressState() ?? null,
    () => null,
  );
}
