import { dismissProgressNotice, type ProgressNoticeKind } from '../store/progress-store.ts';
import { useProgress } from '../store/use-progress.ts';
import { t } from '../text/index.ts';
import '../text/messages/ui-progress.ts';

function sentence(notice: ProgressNoticeKind): string {
  switch (notice.kind) {
    case 'reset':
      return t('ui.progress.reset');
    case 'dropped':
      return t('ui.progress.dropped', { entries: notice.entries });
    case 'not-saved':
      return t('ui.progress.not-saved');
  }
}

/** One line about saved progress: reset, partly read, or not being saved. */
export function ProgressNotice() {
  const { notice } = useProgress();
  if (!notice) return null;
  return (
    <p className="progress-notice" role="status" data-testid="progress-notice">
      {sentence(notice)}{' '}
      <button type="button" className="link-button" onClick={dismissProgressNotice}>
        {t('ui.progress.dismiss')}
      </button>
    </p>
  );
}
