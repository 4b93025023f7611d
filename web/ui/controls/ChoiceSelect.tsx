export interface Choice<T extends string | number> {
  readonly value: T;
  readonly label: string;
}

interface Props<T extends string | number> {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  testId: string;
}

/** A labelled select over typed values; anything not in `choices` is ignored, never passed on. */
export function ChoiceSelect<T extends string | number>({
  label,
  value,
  choices,
  onChange,
  testId,
}: Props<T>) {
  return (
    <label className="choice">
      <span className="choice-label">{label}</span>
      <select
        value={String(value)}
        onChange={(e) => {
          const choice = choices.find((c) => String(c.value) === e.target.value);
          if (choice) onChange(choice.value);
        }}
        data-testid={testId}
      >
        {choices.map((c) => (
          <option key={String(c.value)} value={String(c.value)}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
