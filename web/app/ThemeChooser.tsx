import { useId, useState } from 'react';
import {
  applyTheme,
  currentThemeChoice,
  isThemeChoice,
  saveThemeChoice,
  THEME_CHOICES,
  THEME_LABELS,
} from './theme.ts';

/** Light, dark, projector or the system's setting; remembered in this browser. */
export function ThemeChooser() {
  const [choice, setChoice] = useState(currentThemeChoice);
  const id = useId();
  return (
    <div className="theme-chooser">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        data-testid="theme-chooser"
        onChange={(event) => {
          const next = event.target.value;
          if (!isThemeChoice(next)) return;
          setChoice(next);
          applyTheme(next);
          saveThemeChoice(next);
        }}
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {THEME_LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
