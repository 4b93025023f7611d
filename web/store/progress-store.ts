import { CATALOG } from '../lessons/catalog.ts';
import { canStore, readStored, writeStored } from './browser-storage.ts';
import {
  NO_PROGRESS,
  type Progress,
  parseProgress,
  serializeProgress,
  withAnswer,
  withStepDone,
} from './progress-data.ts';

/**
 * The student's progress for this page: read once from localStorage, kept in memory, saved on
 * every change where the browser allows it. Shared by the lesson list and the lesson page.
 */
export interface ProgressState {
  readonly progress: Progress;
  /** False where storage is refused (a sandboxed or cross-site frame): nothing is kept. */
  readonly saving: boolean;
  /** Saved data was unreadable or not this app's, and has been reset. */
  readonly wasReset: boolean;
}

const STORAGE_KEY = 'handshake-lab:progress';

let state: ProgressState | null = null;
const listeners = new Set<() => void>();

function load(): ProgressState {
  const saving = canStore();
  const text = readStored(STORAGE_KEY);
  if (text === null) return { progress: NO_PROGRESS, saving, wasReset: false };
  const progress = parseProgress(text, CATALOG);
  if (progress) return { progress, saving, wasReset: false };
  writeStored(STORAGE_KEY, serializeProgress(NO_PROGRESS));
  return { progress: NO_PROGRESS, saving, wasReset: true };
}

export function progressState(): ProgressState {
  state ??= load();
  return state;
}

export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function update(next: ProgressState) {
  if (next === state) return;
  const saved = next.progress !== progressState().progress;
  state = next;
  if (saved) writeStored(STORAGE_KEY, serializeProgress(next.progress));
  for (const listener of listeners) listener();
}

export function markStepDone(lessonId: string, stepIndex: number): void {
  const current = progressState();
  const progress = withStepDone(current.progress, lessonId, stepIndex);
  if (progress !== current.progress) update({ ...current, progress });
}

export function recordAnswer(lessonId: string, stepIndex: number, label: string): void {
  const current = progressState();
  const progress = withAnswer(current.progress, lessonId, stepIndex, label);
  if (progress !== current.progress) update({ ...current, progress });
}

export function dismissResetNotice(): void {
  const current = progressState();
  if (current.wasReset) update({ ...current, wasReset: false });
}
