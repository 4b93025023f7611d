import { useSyncExternalStore } from 'react';
import { type ProgressState, progressState, subscribeToProgress } from './progress-store.ts';

export function useProgress(): ProgressState {
  return useSyncExternalStore(subscribeToProgress, progressState);
}
