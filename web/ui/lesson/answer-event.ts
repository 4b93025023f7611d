/** Announced on the window when a learner answers a check question: a SCORM package listens. */
const EVENT = 'handshake-lab:answer';

export interface Answer {
  readonly lessonId: string;
  readonly stepIndex: number;
  /** Judged against the outcome of the run on the stage. */
  readonly right: boolean;
}

export function announceAnswer(answer: Answer): void {
  window.dispatchEvent(new CustomEvent<Answer>(EVENT, { detail: answer }));
}

export function onAnswer(listener: (answer: Answer) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<Answer>).detail);
  window.addEventListener(EVENT, handle);
  return () => window.removeEventListener(EVENT, handle);
}
