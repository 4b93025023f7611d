import { useEffect } from 'react';
import { useLabStoreApi } from '../store/store.ts';

/** Elements that use these keys themselves (typing, choosing, pressing a focused button). */
const OWN_KEYS = 'input, textarea, select, button, a, [contenteditable], [role="radio"]';

/**
 * Which way a key press steps: → / Space / Page Down forward, ← / Page Up back, or null when
 * the key is not a step key or the focused element uses it itself.
 */
export function stepDirection(event: KeyboardEvent): 'forward' | 'back' | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return null;
  const target = event.target instanceof Element ? event.target : null;
  const forward = event.key === 'ArrowRight' || event.key === ' ' || event.key === 'PageDown';
  const back = event.key === 'ArrowLeft' || event.key === 'PageUp';
  if (!forward && !back) return null;
  if (target?.closest(OWN_KEYS) && !(target.closest('button') && event.key !== ' ')) return null;
  return forward ? 'forward' : 'back';
}

/** → and Space step forward, ← steps back: one event at a time, then on to the next lesson step. */
export function useStepKeys(): void {
  const store = useLabStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const direction = stepDirection(event);
      if (!direction) return;
      event.preventDefault();
      if (direction === 'forward') store.getState().forward();
      else store.getState().back();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
