import type { LessonEntry } from '../../lessons/catalog.ts';
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
      {lesson.stepTitles.map((title, index) => (
        <li key={title}>
          <a
            href={href(lessonHash(lesson.id, index))}
            aria-current={index === stepIndex ? 'step' : undefined}
          >
            {title}
          </a>
        </li>
      ))}
    </ol>
  );
  return (
    <nav
      className={`step-outline${collapsed ? ' is-collapsed' : ''}`}
      aria-label="Steps of this lesson"
      data-testid="step-outline"
    >
      {collapsed ? (
        // A new step closes the list again.
        <details key={stepIndex}>
          <summary>
            <span className="visually-hidden">Step </span>
            {stepIndex + 1} / {lesson.stepTitles.length}
            <span className="visually-hidden">: all steps</span>
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </nav>
  );
}
