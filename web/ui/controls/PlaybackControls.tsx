import { SPEEDS, type Speed } from '../../store/lab-state.ts';
import {
  selectAtPause,
  selectHasNextStep,
  selectPlaying,
  selectShown,
  selectSpeed,
  selectTotal,
} from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import './controls.css';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-stage.ts';

function speedLabel(speed: Speed): string {
  return speed === 'instant' ? t('ui.playback.instant') : t('ui.playback.times', { speed });
}

/** Back, play/pause, forward and speed. → / Space and ← do the same from anywhere. */
export function PlaybackControls() {
  const playing = useLab(selectPlaying);
  const speed = useLab(selectSpeed);
  const shown = useLab(selectShown);
  const total = useLab(selectTotal);
  // At the pause the step's words are true; the next press opens the next step.
  const atPause = useLab(selectAtPause);
  const hasNextStep = useLab(selectHasNextStep);
  const forward = useLab((s) => s.forward);
  const back = useLab((s) => s.back);
  const play = useLab((s) => s.play);
  const pause = useLab((s) => s.pause);
  const setSpeed = useLab((s) => s.setSpeed);

  return (
    <div
      className="playback"
      role="toolbar"
      aria-label={t('ui.playback')}
      data-at-pause={atPause ? 'true' : 'false'}
    >
      <button type="button" onClick={back} aria-keyshortcuts="ArrowLeft" data-testid="back">
        {t('ui.playback.back')}
      </button>
      <button
        type="button"
        onClick={playing ? pause : play}
        aria-pressed={playing}
        data-testid="play"
      >
        {t(
          playing
            ? 'ui.playback.pause'
            : atPause && (total ?? 0) > 0
              ? 'ui.playback.replay'
              : 'ui.playback.play',
        )}
      </button>
      <button
        type="button"
        onClick={forward}
        aria-keyshortcuts="ArrowRight Space"
        data-testid="forward"
      >
        {t(atPause && hasNextStep ? 'ui.playback.next-step' : 'ui.playback.next')}
      </button>
      <span className="progress" data-testid="progress">
        {total === null
          ? t('ui.playback.progress-pending', { shown })
          : t('ui.playback.progress', { shown, total })}
      </span>
      <label className="speed">
        {t('ui.playback.speed')}{' '}
        <select
          value={String(speed)}
          onChange={(e) => setSpeed(parseSpeed(e.target.value))}
          data-testid="speed"
        >
          {SPEEDS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function parseSpeed(value: string): Speed {
  return SPEEDS.find((s) => String(s) === value) ?? 1;
}
