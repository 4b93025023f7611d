import { CATALOG } from '../lessons/catalog.ts';
import { lessonSummary, lessonTitle } from '../lessons/lesson-text.ts';
import { useLoadedProgress } from '../store/use-loaded-progress.ts';
import { t } from '../text/catalogue.ts';
import '../text/lessons/summaries.ts';
import '../text/messages/ui-home.ts';
import '../text/messages/ui-pages.ts';
import { lessonHash } from '../ui/routing/route.ts';
import { useHref } from '../ui/routing/use-href.ts';
import './home.css';

export function Home() {
  const state = useLoadedProgress();
  const href = useHref();
  return (
    <main className="home" id="main" tabIndex={-1}>
      <header className="home-head">
        <h1>{t('ui.site')}</h1>
        <p className="lede">{t('ui.home.lede')}</p>
      </header>
      <h2>{t('ui.home.lessons')}</h2>
      {state?.saving === false && (
        <p className="muted" data-testid="progress-not-saved">
          {t('ui.home.not-saved')}
        </p>
      )}
      <ol className="lesson-list" data-testid="lesson-list">
        {CATALOG.map((lesson) => (
          <li key={lesson.id}>
            <a href={href(lessonHash(lesson.id, 0))} className="lesson-card">
              <span className="lesson-title">{lessonTitle(lesson.id)}</span>
              <span className="lesson-summary">{lessonSummary(lesson.id)}</span>
              <span className="lesson-meta">
                {t('ui.home.lesson-meta', { steps: lesson.steps, seed: lesson.seed })}
              </span>
              <StepsDone
                done={state?.progress.lessons[lesson.id]?.done.length ?? 0}
                of={lesson.steps}
              />
            </a>
          </li>
        ))}
      </ol>
      <h2>{t('ui.home.sandbox')}</h2>
      <p>
        {t('ui.home.sandbox-text')}{' '}
        <a href={href('#/sandbox')} data-testid="sandbox-link">
          {t('ui.home.sandbox-link')}
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
      {done === of
        ? t('ui.home.all-done', { steps: of })
        : t('ui.home.some-done', { done, steps: of })}
    </span>
  );
}
