import { useId, useState } from 'react';
import { AES_SIZES, isAesBits } from '../../crypto/aes.ts';
import { isRsaBits, RSA_SIZES } from '../../crypto/rsa.ts';
import { MAX_MESSAGE_LENGTH, messageProblem } from '../../protocol/scenario.ts';
import type { OscarPresence } from '../../protocol/types.ts';
import { selectConfig, selectPlan, selectStatus } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';

const PRESENCE: readonly { value: OscarPresence; label: string }[] = [
  { value: 'off', label: 'off the wire' },
  { value: 'passive', label: 'passive: copies everything' },
];

/** The message, key sizes, Oscar, and "new keys". Every change reruns the real computation. */
export function ScenarioControls() {
  const config = useLab(selectConfig);
  const plan = useLab(selectPlan);
  const status = useLab(selectStatus);
  const setConfig = useLab((s) => s.setConfig);
  const setPlan = useLab((s) => s.setPlan);
  const newKeys = useLab((s) => s.newKeys);
  const [draft, setDraft] = useState(config.message);
  const [hint, setHint] = useState<string | null>(null);
  const hintId = useId();

  const send = (event: React.FormEvent) => {
    event.preventDefault();
    const problem = messageProblem(draft);
    setHint(problem);
    if (!problem) void setConfig({ message: draft });
  };

  return (
    <section className="scenario-controls" aria-labelledby="settings-title">
      <h2 id="settings-title">Try it</h2>
      <form onSubmit={send} className="message-form">
        <label htmlFor="message">Alice’s message</label>
        <textarea
          id="message"
          value={draft}
          rows={2}
          maxLength={MAX_MESSAGE_LENGTH}
          onChange={(e) => setDraft(e.target.value)}
          aria-describedby={hint ? hintId : undefined}
          aria-invalid={hint ? true : undefined}
          data-testid="message-input"
        />
        <button type="submit" data-testid="send">
          Send this message
        </button>
        {hint && (
          <p id={hintId} className="hint" role="alert" data-testid="message-hint">
            {hint}
          </p>
        )}
      </form>
      <div className="settings-row">
        <label>
          RSA key size{' '}
          <select
            value={config.rsaBits}
            onChange={(e) => {
              const bits = Number(e.target.value);
              if (isRsaBits(bits)) void setConfig({ rsaBits: bits });
            }}
            data-testid="rsa-bits"
          >
            {RSA_SIZES.map((bits) => (
              <option key={bits} value={bits}>
                {bits} bits
              </option>
            ))}
          </select>
        </label>
        <label>
          AES key size{' '}
          <select
            value={config.aesBits}
            onChange={(e) => {
              const bits = Number(e.target.value);
              if (isAesBits(bits)) void setConfig({ aesBits: bits });
            }}
            data-testid="aes-bits"
          >
            {AES_SIZES.map((bits) => (
              <option key={bits} value={bits}>
                {bits} bits
              </option>
            ))}
          </select>
        </label>
        <label>
          Oscar{' '}
          <select
            value={plan.presence}
            onChange={(e) => {
              const choice = PRESENCE.find((p) => p.value === e.target.value);
              if (choice) void setPlan({ presence: choice.value });
            }}
            data-testid="oscar-presence"
          >
            {PRESENCE.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => void newKeys()}
          disabled={status === 'computing'}
          data-testid="new-keys"
        >
          New keys
        </button>
      </div>
    </section>
  );
}
