import '../../text/messages/settings-patterns.ts';
import { useEffect, useId, useState } from 'react';
import { MAX_MESSAGE_LENGTH, MESSAGE_SETTING } from '../../protocol/index.ts';
import { formatNumber, render, t } from '../../text/index.ts';
import '../../text/messages/ui-sandbox.ts';
import { firstCharacters } from '../../text/text.ts';

const LIMIT = formatNumber(MAX_MESSAGE_LENGTH);

interface Props {
  /** The message the run uses now. */
  message: string;
  /** Sends a message the engine accepts; returns why not otherwise (nothing runs then). */
  send: (message: string) => string | null;
}

/**
 * Alice's message. Nothing is cut silently: a paste past the limit stays whole in the box,
 * the limit is named as soon as it is reached, and nothing runs until the user sends a
 * message that fits or chooses to keep only its beginning.
 */
export function MessageForm({ message, send }: Props) {
  const [draft, setDraft] = useState(message);
  // A lesson step may bring its own message ("pay 100 to Carol"): show what is being sent.
  useEffect(() => setDraft(message), [message]);
  const [hint, setHint] = useState<string | null>(null);
  const hintId = useId();
  const over = draft.length > MAX_MESSAGE_LENGTH;
  const atLimit = draft.length === MAX_MESSAGE_LENGTH;
  const shown =
    hint ??
    (over
      ? `This message is ${formatNumber(draft.length)} characters; the limit is ${LIMIT}. Shorten it, or keep only its first ${LIMIT} characters.`
      : atLimit
        ? `This message has reached the limit of ${LIMIT} characters.`
        : null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setHint(send(draft));
  };

  return (
    <form onSubmit={submit} className="message-form">
      <label htmlFor="message">
        <span className="choice-label">{render(MESSAGE_SETTING.label)}</span>
      </label>
      <textarea
        id="message"
        value={draft}
        rows={2}
        onChange={(e) => {
          setDraft(e.target.value);
          setHint(null);
        }}
        aria-describedby={shown ? hintId : undefined}
        aria-invalid={hint || over ? true : undefined}
        data-testid="message-input"
      />
      <div className="message-actions">
        <button type="submit" data-testid="send">
          {t('ui.sandbox.send')}
        </button>
        {over && (
          <button
            type="button"
            onClick={() => {
              setDraft(firstCharacters(draft, MAX_MESSAGE_LENGTH));
              setHint(null);
            }}
            data-testid="keep-beginning"
          >
            {t('ui.sandbox.keep', { limit: LIMIT })}
          </button>
        )}
      </div>
      {shown && (
        <p
          id={hintId}
          className={hint || over ? 'hint' : 'hint is-note'}
          role={hint || over ? 'alert' : 'status'}
          data-testid="message-hint"
        >
          {shown}
        </p>
      )}
    </form>
  );
}
