import { findEntry } from '../../lessons/catalog.ts';
import { onAnswer } from '../../ui/lesson/answer-event.ts';
import { lessonHash, parseRoute } from '../../ui/routing/route.ts';
import { findScormApi, type Scorm12Api } from './find-api.ts';
import {
  cmiValues,
  decodeRecord,
  lessonStatus,
  type ScoRecord,
  withFirstTry,
  withReached,
} from './sco-record.ts';

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
function timespan(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/**
 * One lesson as a SCO: opens the lesson, finds the LMS's API, resumes where the learner left
 * off, and reports each step reached and each question's first answer. Without an API the lab
 * runs as usual and nothing is reported.
 */
export async function connectScorm(lessonId: string): Promise<void> {
  const entry = findEntry(lessonId);
  if (!entry) return;
  const steps = entry.steps;
  const found = findScormApi(window);
  const api = found?.LMSInitialize('') === 'true' ? found : null;

  // The LMS launches the lesson without a step: open the one it bookmarked, else the first.
  const route = parseRoute(window.location.hash);
  if (route.page !== 'lesson' || route.lessonId !== lessonId) {
    const bookmark = Number(api?.LMSGetValue('cmi.core.lesson_location'));
    const start = Number.isInteger(bookmark) && bookmark >= 1 && bookmark <= steps ? bookmark : 1;
    window.location.hash = lessonHash(lessonId, start - 1);
  }
  // Without an LMS (the file opened by itself, or an LMS without the API) nothing is reported.
  if (!api) return;
  const startedAt = Date.now();
  let record: ScoRecord = decodeRecord(api.LMSGetValue('cmi.suspend_data'), steps);

  const lesson = await entry.load();
  const questionSteps = lesson.steps.flatMap((step, index) => (step.question ? [index] : []));
  let told = '';
  let stepIndex: number | null = null;
  const report = (next: ScoRecord) => {
    record = next;
    const now = { status: api.LMSGetValue('cmi.core.lesson_status'), stepIndex };
    const values = Object.entries(cmiValues(record, { steps, questionSteps }, now));
    const text = JSON.stringify(values);
    if (text === told) return; // nothing new to tell the LMS
    told = text;
    for (const [element, value] of values) api.LMSSetValue(element, value);
    api.LMSCommit('');
  };

  const reach = () => {
    const now = parseRoute(window.location.hash);
    if (now.page !== 'lesson' || now.lessonId !== lessonId) return;
    stepIndex = now.stepIndex;
    report(withReached(record, now.stepIndex));
  };
  window.addEventListener('hashchange', reach);
  const stopAnswers = onAnswer((answer) => {
    if (answer.lessonId === lessonId && questionSteps.includes(answer.stepIndex))
      report(withFirstTry(record, answer.stepIndex, answer.right));
  });
  reach();

  window.addEventListener(
    'pagehide',
    () => {
      window.removeEventListener('hashchange', reach);
      stopAnswers();
      finish(api, lessonStatus(record, steps) === 'completed', Date.now() - startedAt);
    },
    { once: true },
  );
}

/** Leaving: "suspend" keeps the attempt open for a resume unless the lesson is complete. */
function finish(api: Scorm12Api, complete: boolean, ms: number): void {
  api.LMSSetValue('cmi.core.exit', complete ? '' : 'suspend');
  api.LMSSetValue('cmi.core.session_time', timespan(ms));
  api.LMSCommit('');
  api.LMSFinish('');
}
