import { dismissResetNotice } from '../store/progress-store.ts';
import { useProgress } from '../store/use-progress.ts';

/** One line when saved progress could not be read and was reset. */
export function ProgressNotice() {
  const { wasReset } = useProgress();
  if (!wasReset) return null;
  return (
    <p className="progress-notice" role="status" data-testid="progress-notice">
      Saved progress in this browser could not be read, so it was reset.{' '}
      <button type="button" className="link-button" onClick={dismissResetNotice}>
        Dismiss
      </button>
    </p>
  );
}
