import type { LessonEntry } from '../../lessons/catalog.ts';
import { stepTitle } from '../../lessons/lesson-text.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-lesson.ts';
import { lessonHash } from '../routing/route.ts';
import { useHref } from '../routing/use-href.ts';
import './step-outline.css';

interface Props {
  lesson: LessonEntry;
  stepIndex: number;
  /** In a slide there is no room for the list: it folds into "3 / 5" and opens on demand. */
  collapsed?: boolean;
}

/** The lesson's steps by title, the open one marked; each a link to its step. */
export function StepOutline({ lesson, stepIndex, collapsed = false }: Props) {
  const href = useHref();
  const list = (
    <ol className="step-outline-list">
      {Array.from({ length: lesson.steps }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the steps of a lesson never reorder
        <li key={index}>
          <a
            href={href(lessonHash(lesson.id, index))}
            aria-current={index === stepIndex ? 'step' : undefined}
          >
            {stepTitle(lesson.id, index)}
          </a>
        </li>
      ))}
    </ol>
  );
  return (
    <nav
      className={`step-outline${collapsed ? ' is-collapsed' : ''}`}
      aria-label={t('ui.lesson.outline')}
      data-testid="step-outline"
    >
      {collapsed ? (
        // A new step closes the list again.
        <details key={stepIndex}>
          <summary>
            <span className="visually-hidden">{t('ui.lesson.outline.before')}</span>
            {t('ui.lesson.outline.position', { step: stepIndex + 1, steps: lesson.steps })}
            <span className="visually-hidden">{t('ui.lesson.outline.after')}</span>
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </nav>
  );
}
