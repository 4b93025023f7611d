import { useEffect } from 'react';
import { BEAT_MS, GLIDE_MS } from './playback-slice.ts';
import { selectPause, selectPlaying, selectShown, selectSpeed } from './selectors.ts';
import { useLab, useLabStoreApi } from './store.ts';

/**
 * Advances the cursor one event per beat while playing, and stops where the step pauses;
 * plays a press of → through its packet's story a little faster.
 */
export function usePlaybackClock(): void {
  const store = useLabStoreApi();
  const playing = useLab(selectPlaying);
  const speed = useLab(selectSpeed);
  const shown = useLab(selectShown);
  const pause = useLab(selectPause);
  const target = useLab((s) => s.target);

  useEffect(() => {
    if (target === null) return;
    if (shown >= target || speed === 'instant') {
      store.setState({ shown: Math.max(shown, target), target: null });
      return;
    }
    const timer = setTimeout(() => store.setState({ shown: shown + 1 }), GLIDE_MS / speed);
    return () => clearTimeout(timer);
  }, [store, speed, shown, target]);

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
