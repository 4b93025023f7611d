import { type OscarPresence, planFor } from '../../protocol/index.ts';
import { selectConfig, selectPlan } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import './lesson.css';

const OPTIONS: readonly { value: OscarPresence; label: string }[] = [
  { value: 'passive', label: 'Passive: he only copies' },
  { value: 'mitm', label: 'Man in the middle: he swaps keys' },
];

/** Flip Oscar between copying and swapping keys; the run is recomputed each time. */
export default function OscarSwitch() {
  const presence = useLab(selectPlan).presence;
  const { message } = useLab(selectConfig);
  const setPlan = useLab((s) => s.setPlan);
  return (
    <fieldset className="oscar-switch" data-testid="oscar-switch">
      <legend>Oscar</legend>
      {OPTIONS.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name="oscar-switch"
            value={option.value}
            checked={presence === option.value}
            onChange={() => void setPlan(planFor(option.value, message))}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
