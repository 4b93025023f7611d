import { useEffect } from 'react';
import { BEAT_MS } from './playback-slice.ts';
import { selectPlaying, selectShown, selectSpeed, selectTotal } from './selectors.ts';
import { useLab, useLabStoreApi } from './store.ts';

/** Advances the cursor one event per beat while playing; stops at the end of the trace. */
export function usePlaybackClock(): void {
  const store = useLabStoreApi();
  const playing = useLab(selectPlaying);
  const speed = useLab(selectSpeed);
  const shown = useLab(selectShown);
  const total = useLab(selectTotal);

  useEffect(() => {
    if (!playing) return;
    if (shown >= total || speed === 'instant') {
      store.setState({ playing: false, shown: total });
      return;
    }
    const timer = setTimeout(() => store.setState({ shown: shown + 1 }), BEAT_MS / speed);
    return () => clearTimeout(timer);
  }, [store, playing, speed, shown, total]);
}
