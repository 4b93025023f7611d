import { useEffect } from 'react';
import { type LabStore, useLabStoreApi } from '../store/store.ts';

/** Connects the store to something outside the page; returns how to disconnect. */
export type Connect = (store: LabStore) => () => void;

/**
 * While `key` is not null, keeps the store connected through the code `load` brings, which
 * loads only then: a slide deck's API in a deck's frame, a speaker window in a projector window.
 * Another key connects afresh.
 */
export function useConnection(key: string | null, load: (key: string) => Promise<Connect>): void {
  const store = useLabStoreApi();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names what load connects to
  useEffect(() => {
    if (key === null) return;
    let disconnect: (() => void) | null = null;
    let gone = false;
    void load(key).then((connect) => {
      if (!gone) disconnect = connect(store);
    });
    return () => {
      gone = true;
      disconnect?.();
    };
  }, [key, store]);
}
