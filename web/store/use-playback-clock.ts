import { useEffect } from 'react';
import { BEAT_MS } from './playback-slice.ts';
import { selectPause, selectPlaying, selectShown, selectSpeed } from './selectors.ts';
import { useLab, useLabStoreApi } from './store.ts';

/** Advances the cursor one event per beat while playing; stops where the step pauses. */
export function usePlaybackClock(): void {
  const store = useLabStoreApi();
  const playing = useLab(selectPlaying);
  const speed = useLab(selectSpeed);
  const shown = useLab(selectShown);
  const pause = useLab(selectPause);

  useEffect(() => {
    if (!playing) return;
    if (shown >= pause || speed === 'instant') {
      store.setState({ playing: false, shown: Math.max(shown, pause) });
      return;
    }
    const timer = setTimeout(() => store.setState({ shown: shown + 1 }), BEAT_MS / speed);
    return () => clearTimeout(timer);
  }, [store, playing, speed, shown, pause]);
}
