import { dismissProgressNotice, type ProgressNoticeKind } from '../store/progress-store.ts';
import { useProgress } from '../store/use-progress.ts';
import { formatNumber } from '../text/index.ts';

function sentence(notice: ProgressNoticeKind): string {
  switch (notice.kind) {
    case 'reset':
      return 'Saved progress in this browser could not be read, so it was reset.';
    case 'dropped':
      return notice.entries === 1
        ? 'One entry of the progress saved in this browser could not be read and was left out; the rest is kept.'
        : `${formatNumber(notice.entries)} entries of the progress saved in this browser could not be read and were left out; the rest is kept.`;
    case 'not-saved':
      return 'Progress is not being saved in this browser: it lasts until you leave or reload this page.';
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
        Dismiss
      </button>
    </p>
  );
}
