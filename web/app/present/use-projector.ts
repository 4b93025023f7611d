import { useEffect } from 'react';
import { useLabStoreApi } from '../../store/store.ts';

/** In a projector window, connects the stage to the speaker window; its code loads only there. */
export function useProjector(presentationId: string | null): void {
  const store = useLabStoreApi();
  useEffect(() => {
    if (!presentationId) return;
    let disconnect: (() => void) | null = null;
    let gone = false;
    void import('./connect-projector.ts').then(({ connectProjector }) => {
      if (!gone) disconnect = connectProjector(store, presentationId);
    });
    return () => {
      gone = true;
      disconnect?.();
    };
  }, [presentationId, store]);
}
