import { useEffect } from 'react';
import { useLabStoreApi } from '../../store/store.ts';

/** Inside a slide deck's frame, connects the deck API; its code loads only there. */
export function useDeckApi(framed: boolean): void {
  const store = useLabStoreApi();
  useEffect(() => {
    if (!framed) return;
    let disconnect: (() => void) | null = null;
    let gone = false;
    void import('./connect-deck.ts').then(({ connectDeck }) => {
      if (!gone) disconnect = connectDeck(store);
    });
    return () => {
      gone = true;
      disconnect?.();
    };
  }, [framed, store]);
}
