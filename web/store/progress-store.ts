import { CATALOG } from '../lessons/catalog.ts';
import { canStore, readStored, writeStored } from './browser-storage.ts';
import {
  lessonProgress,
  mergeProgress,
  NO_PROGRESS,
  type Progress,
  parseProgress,
  serializeProgress,
  withAnswer,
  withStepDone,
} from './progress-data.ts';

/**
 * The student's progress for this page, kept in memory and in localStorage where the browser
 * allows it. Every save first reads what is stored and merges it in, and a change saved by
 * another tab (a `storage` event) is merged into this one: two tabs keep both their steps.
 * Shared by the lesson list and the lesson page.
 */
export interface ProgressState {
  readonly progress: Progress;
  /** False where storage is refused (a sandboxed or cross-site frame): nothing is kept. */
  readonly saving: boolean;
  /** What the page has to say about saved progress, until dismissed. */
  readonly notice: ProgressNoticeKind | null;
}

export type ProgressNoticeKind =
  /** Saved data was unreadable or not this app's, and has been reset. */
  | { readonly kind: 'reset' }
  /** Some saved entries were malformed and dropped; the rest was kept. */
  | { readonly kind: 'dropped'; readonly entries: number }
  /** Saving failed (storage full, or refused after all): progress lasts only this page. */
  | { readonly kind: 'not-saved' };

export const STORAGE_KEY = 'handshake-lab:progress';

let state: ProgressState | null = null;
const listeners = new Set<() => void>();
/** A failed save is told once per page, not at every step. */
let toldNotSaved = false;

/** What is stored now: its progress (empty when none or unreadable) and what reading it found. */
function readLatest(): { progress: Progress; notice: ProgressNoticeKind | null } {
  const text = readStored(STORAGE_KEY);
  if (text === null) return { progress: NO_PROGRESS, notice: null };
  const read = parseProgress(text, CATALOG);
  if (!read) return { progress: NO_PROGRESS, notice: { kind: 'reset' } };
  return {
    progress: read.progress,
    notice: read.dropped > 0 ? { kind: 'dropped', entries: read.dropped } : null,
  };
}

function load(): ProgressState {
  const { progress, notice } = readLatest();
  // Unreadable or partly malformed data is rewritten as what could be kept.
  if (notice) writeStored(STORAGE_KEY, serializeProgress(progress));
  return { progress, saving: canStore(), notice };
}

export function progressState(): ProgressState {
  if (state === null) {
    state = load();
    listenToOtherTabs();
  }
  return state;
}

/** The label of the answer picked last time at this step's question, if any. */
export function answerPicked(lessonId: string, stepIndex: number): string | undefined {
  return lessonProgress(progressState().progress, lessonId).answers[String(stepIndex)];
}

export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function publish(next: ProgressState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

/** Reads what is stored, merges it with this page's progress, applies `change`, and saves. */
function save(change: (progress: Progress) => Progress): void {
  const current = progressState();
  const merged = mergeProgress(current.progress, readLatest().progress);
  const progress = change(merged);
  let notice = current.notice;
  if (current.saving && !writeStored(STORAGE_KEY, serializeProgress(progress)) && !toldNotSaved) {
    toldNotSaved = true;
    notice = { kind: 'not-saved' };
  }
  publish({ ...current, progress, notice });
}

function listenToOtherTabs(): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    const current = progressState();
    const stored = readLatest().progress;
    publish({ ...current, progress: mergeProgress(current.progress, stored) });
  });
}

export function markStepDone(lessonId: string, stepIndex: number): void {
  const current = progressState();
  if (withStepDone(current.progress, lessonId, stepIndex) === current.progress) return;
  save((progress) => withStepDone(progress, lessonId, stepIndex));
}

export function recordAnswer(lessonId: string, stepIndex: number, label: string): void {
  const current = progressState();
  if (withAnswer(current.progress, lessonId, stepIndex, label) === current.progress) return;
  save((progress) => withAnswer(progress, lessonId, stepIndex, label));
}

export function dismissProgressNotice(): void {
  const current = progressState();
  if (current.notice) publish({ ...current, notice: null });
}
