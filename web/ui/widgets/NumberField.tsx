import { type ReactNode, useId } from 'react';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-widgets.ts';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** What is wrong with the value, or null when it is fine. */
  readonly error: string | null;
  readonly testId: string;
  /** Shown under the label, e.g. the allowed range. */
  readonly hint?: string;
  /** Beside the input, e.g. a "Random" button. */
  readonly children?: ReactNode;
  /** Takes a whole row of the inputs grid. */
  readonly wide?: boolean;
}

/** A labelled whole-number input whose problem, if any, is said in words right under it. */
export function NumberField({
  label,
  value,
  onChange,
  error,
  testId,
  hint,
  children,
  wide,
}: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={wide ? 'widget-field is-wide' : 'widget-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="widget-hint">
          {hint}
        </span>
      )}
      <div className="widget-field-row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          data-testid={testId}
        />
        {children}
      </div>
      {error && (
        <p id={errorId} className="widget-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** What crosses the wire, as "name = value" items that wrap as a whole. */
export function WireItems({ items }: { items: readonly (readonly [string, bigint])[] }) {
  return items.map(([name, value], index) => (
    <span key={name}>
      {index > 0 && t('ui.widget.list-separator')}
      <span className="widget-wire-item">
        {name} = {String(value)}
      </span>
    </span>
  ));
}

/** base^exponent, read aloud as "base to the power exponent". */
export function Pow({ base, exponent }: { base: ReactNode; exponent: ReactNode }) {
  return (
    <>
      {base}
      <span className="visually-hidden">{t('ui.widget.to-the-power')}</span>
      <sup>{exponent}</sup>
    </>
  );
}
