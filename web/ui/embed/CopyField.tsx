import { useId, useRef, useState } from 'react';

/** Read-only text with a button that copies it, and a spoken confirmation. */
export function CopyField({
  label,
  text,
  multiline = false,
}: {
  label: string;
  text: string;
  multiline?: boolean;
}) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied.');
    } catch {
      // Some frames and browsers refuse the clipboard: leave the text selected for Ctrl+C.
      field.current?.select();
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} ref={field} readOnly value={text} rows={3} spellCheck={false} />
      ) : (
        <input id={id} ref={field} readOnly value={text} spellCheck={false} />
      )}
      <button type="button" onClick={copy}>
        Copy {withoutAside(label.toLowerCase())}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </div>
  );
}

/** "link (for an LMS)" → "link": the words in brackets at the end are left out. */
function withoutAside(label: string): string {
  const opening = label.indexOf(' (');
  return opening !== -1 && label.endsWith(')') ? label.slice(0, opening) : label;
}
