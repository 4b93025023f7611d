import { useState } from 'react';
import { toBase64, toHex, tryUtf8 } from '../../crypto/index.ts';
import type { Field } from '../../protocol/index.ts';
import { render, t } from '../../text/index.ts';
import '../../text/messages/ui-inspector.ts';

const PREVIEW_BYTES = 96;

/** One field of a packet: its bytes as hex, as base64 and as an attempt to read them as text. */
export function FieldView({ field }: { field: Field }) {
  const [expanded, setExpanded] = useState(false);
  const long = field.bytes.length > PREVIEW_BYTES;
  const bytes = expanded || !long ? field.bytes : field.bytes.subarray(0, PREVIEW_BYTES);
  const text = tryUtf8(field.bytes);
  const more = long && !expanded ? ' …' : '';

  return (
    <div className="field" data-testid={`field-${field.name}`}>
      <h4 className="field-name">
        {field.name} <span className="field-size">{field.bytes.length} B</span>
      </h4>
      {field.note && <p className="field-note">{render(field.note)}</p>}
      <dl className="field-forms">
        <dt>{t('ui.inspector.hex')}</dt>
        <dd>
          <code className="bytes">
            {toHex(bytes, ' ')}
            {more}
          </code>
        </dd>
        <dt>{t('ui.inspector.base64')}</dt>
        <dd>
          <code className="bytes">
            {toBase64(bytes)}
            {more}
          </code>
        </dd>
        <dt>{t('ui.inspector.as-text')}</dt>
        <dd data-testid="field-text">
          {text === null ? (
            <span className="not-text">{t('ui.inspector.not-text')}</span>
          ) : (
            <bdi className="as-text">
              {expanded || !long ? text : `${text.slice(0, PREVIEW_BYTES)}…`}
            </bdi>
          )}
        </dd>
      </dl>
      {long && (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded
            ? t('ui.inspector.show-less')
            : t('ui.inspector.show-all', { bytes: String(field.bytes.length) })}
        </button>
      )}
    </div>
  );
}
