import { useEffect } from 'react';
import { useLabStoreApi } from '../store/store.ts';

/** Elements that use these keys themselves (typing, choosing, pressing a focused button). */
const OWN_KEYS = 'input, textarea, select, button, a, [contenteditable], [role="radio"]';

/** → and Space step forward, ← steps back: one event at a time, then on to the next lesson step. */
export function useStepKeys(): void {
  const store = useLabStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const forward = event.key === 'ArrowRight' || event.key === ' ' || event.key === 'PageDown';
      const back = event.key === 'ArrowLeft' || event.key === 'PageUp';
      if (!forward && !back) return;
      if (target?.closest(OWN_KEYS) && !(target.closest('button') && event.key !== ' ')) return;
      event.preventDefault();
      if (forward) store.getState().forward();
      else store.getState().back();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
