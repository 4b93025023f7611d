import { useId, useState, useSyncExternalStore } from 'react';
import { t } from '../text/catalogue.ts';
import {
  applyTheme,
  currentThemeChoice,
  isThemeChoice,
  saveThemeChoice,
  THEME_CHOICES,
  type ThemeChoice,
} from './theme.ts';
import '../text/messages/ui-shell.ts';

const never = () => () => {};
/** A page rendered ahead of time cannot know the browser's choice: it says "system" until hydrated. */
const onServer = (): ThemeChoice => 'system';

/** Light, dark, projector or the system's setting; remembered in this browser. */
export function ThemeChooser() {
  const saved = useSyncExternalStore(never, currentThemeChoice, onServer);
  const [chosen, setChoice] = useState<ThemeChoice | null>(null);
  const choice = chosen ?? saved;
  const id = useId();
  return (
    <div className="theme-chooser">
      <label htmlFor={id}>{t('ui.shell.theme')}</label>
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
            {t(`ui.theme.${value}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
