/**
 * The progress store, loaded after the lesson page itself: a step opened from a link does not
 * wait for (or pay for) remembering it. The lesson list imports it directly.
 */
export const loadProgress = () => import('./progress-store.ts');
