import { lazy } from 'react';
import type { WidgetId } from '../../lessons/types.ts';
import { t } from '../../text/index.ts';
import { Later } from '../Later.tsx';
import './widget-frame.css';
import '../../text/messages/ui-lesson.ts';

// The list of widgets loads with the first step that shows one, then the widget itself.
const Widget = lazy(() => import('./registry.tsx'));

/** A step's exercise, after the page: until it arrives a frame of the same kind holds its place. */
export function LessonWidget({ id }: { id: WidgetId }) {
  return (
    <Later
      fallback={
        <section
          className="widget widget-loading"
          aria-busy="true"
          aria-label={t('ui.widget.exercise')}
        >
          <p className="muted">{t('ui.widget.loading')}</p>
        </section>
      }
    >
      <Widget id={id} />
    </Later>
  );
}
