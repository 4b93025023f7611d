import { CATALOG } from '../lessons/catalog.ts';
import { LESSON_SUMMARIES } from '../lessons/summaries.ts';
import { useLoadedProgress } from '../store/use-loaded-progress.ts';
import { lessonHash } from '../ui/routing/route.ts';
import { useHref } from '../ui/routing/use-href.ts';
import './home.css';

export function Home() {
  const state = useLoadedProgress();
  const href = useHref();
  return (
    <main className="home" id="main" tabIndex={-1}>
      <header className="home-head">
        <h1>Handshake Lab</h1>
        <p className="lede">
          How can Alice and Bob talk privately over a network that Oscar controls? Watch real
          cryptography, computed in your browser, and see exactly when Oscar wins.
        </p>
      </header>
      <h2>Lessons</h2>
      {state?.saving === false && (
        <p className="muted" data-testid="progress-not-saved">
          This browser does not let the page store anything here: your progress lasts only until you
          leave or reload the page.
        </p>
      )}
      <ol className="lesson-list" data-testid="lesson-list">
        {CATALOG.map((lesson) => (
          <li key={lesson.id}>
            <a href={href(lessonHash(lesson.id, 0))} className="lesson-card">
              <span className="lesson-title">{lesson.title}</span>
              <span className="lesson-summary">{LESSON_SUMMARIES[lesson.id]}</span>
              <span className="lesson-meta">
                {lesson.stepTitles.length} steps · from seed {lesson.seed}
              </span>
              <StepsDone
                done={state?.progress.lessons[lesson.id]?.done.length ?? 0}
                of={lesson.stepTitles.length}
              />
            </a>
          </li>
        ))}
      </ol>
      <h2>Sandbox</h2>
      <p>
        Every toggle at once: key exchange, Oscar, fingerprints, cipher, signatures.{' '}
        <a href={href('#/sandbox')} data-testid="sandbox-link">
          Open the sandbox
        </a>
        .
      </p>
    </main>
  );
}

function StepsDone({ done, of }: { done: number; of: number }) {
  if (done === 0) return null;
  return (
    <span className="lesson-progress" data-testid="lesson-progress">
      {done === of ? `Done: all ${of} steps` : `${done} of ${of} steps done`}
    </span>
  );
}
