import { type SettingText, settingSays } from '../text/messages/settings.ts';
import type { ScenarioConfig } from './config-types.ts';
import type { OscarPlan } from './oscar/plan.ts';

// The shape of a setting a user can change, and the two ways to declare one: settings.ts
// declares every setting with them.

/** What a run is asked to do: the defences and message, and Oscar's plan. */
export interface ScenarioSettings {
  readonly config: ScenarioConfig;
  readonly plan: OscarPlan;
}

/** One value a setting offers, as written in links and flags, and as named in the controls. */
export interface SettingChoice {
  readonly value: string;
  readonly label: SettingText;
}

export type Applied = { readonly settings: ScenarioSettings } | { readonly problem: SettingText };

export interface Setting {
  /** In links (`rsa=2048`) and on the command line (`--rsa 2048`). */
  readonly name: string;
  /** Beside its control. */
  readonly label: SettingText;
  /** A choice among `choices`, or free text (the message). */
  readonly kind: 'choice' | 'text';
  /** Every value offered, in order; empty for text. Values are written exactly so, nothing else. */
  readonly choices: readonly SettingChoice[];
  /** Its value in these settings, as written in a link. */
  readonly format: (settings: ScenarioSettings) => string;
  /** These settings with this one set to `written`, or a message saying why it cannot be. */
  readonly apply: (settings: ScenarioSettings, written: string) => Applied;
  /** When it means something: a forgery needs Oscar in the middle and certificates. */
  readonly appliesWhen?: {
    readonly test: (settings: ScenarioSettings) => boolean;
    /** Completes "it applies only when …". */
    readonly description: SettingText;
  };
}

export interface TypedChoice<T extends string | number> {
  readonly value: T;
  readonly label: SettingText;
}

export function choiceSetting<T extends string | number>(spec: {
  name: string;
  label: SettingText;
  choices: readonly TypedChoice<T>[];
  read: (settings: ScenarioSettings) => T;
  write: (settings: ScenarioSettings, value: T) => ScenarioSettings;
  appliesWhen?: Setting['appliesWhen'];
}): Setting {
  const choices = spec.choices.map((c) => ({ value: String(c.value), label: c.label }));
  return {
    name: spec.name,
    label: spec.label,
    kind: 'choice',
    choices,
    format: (settings) => String(spec.read(settings)),
    apply: (settings, written) => {
      // Exact spelling only: "2048.0", "0x800" and " 2048" are not 2048.
      const choice = spec.choices.find((c) => String(c.value) === written);
      if (choice === undefined) {
        return {
          problem: settingSays('setting.choices-are', {
            choices: choices.map((c) => c.value).join(', '),
          }),
        };
      }
      return { settings: spec.write(settings, choice.value) };
    },
    ...(spec.appliesWhen ? { appliesWhen: spec.appliesWhen } : {}),
  };
}

type ChoiceField = Exclude<keyof ScenarioConfig, 'message'>;

export function configSetting<K extends ChoiceField>(
  name: string,
  label: SettingText,
  field: K,
  choices: readonly TypedChoice<ScenarioConfig[K]>[],
): Setting {
  return choiceSetting<ScenarioConfig[K]>({
    name,
    label,
    choices,
    read: (settings) => settings.config[field],
    write: (settings, value) => ({ ...settings, config: { ...settings.config, [field]: value } }),
  });
}
