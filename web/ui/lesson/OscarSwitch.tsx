import { type OscarPresence, planFor } from '../../protocol/index.ts';
import { selectConfig, selectPlan } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-widgets.ts';
import './lesson.css';

const OPTIONS: readonly { value: OscarPresence; label: string }[] = [
  { value: 'passive', label: 'ui.widget.passive' },
  { value: 'mitm', label: 'ui.widget.mitm' },
];

/** Flip Oscar between copying and swapping keys; the run is recomputed each time. */
export default function OscarSwitch() {
  const presence = useLab(selectPlan).presence;
  const { message } = useLab(selectConfig);
  const setPlan = useLab((s) => s.setPlan);
  return (
    <fieldset className="oscar-switch" data-testid="oscar-switch">
      <legend>{t('ui.widget.oscar')}</legend>
      {OPTIONS.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name="oscar-switch"
            value={option.value}
            checked={presence === option.value}
            onChange={() => void setPlan(planFor(option.value, message))}
          />
          {t(option.label)}
        </label>
      ))}
    </fieldset>
  );
}
