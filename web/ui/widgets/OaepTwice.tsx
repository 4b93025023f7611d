import { useId, useState } from 'react';
import { toHex, type WrappedTwice } from '../../crypto/index.ts';
import { selectEvents } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import './widgets.css';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-widgets.ts';

const SHOWN_BYTES = 12;
const head = (bytes: Uint8Array) => `${toHex(bytes.subarray(0, SHOWN_BYTES), ' ')} …`;

/** Wraps one AES key twice with Bob's public key from this run: OAEP is randomised. */
export default function OaepTwice() {
  const headingId = useId();
  const events = useLab(selectEvents);
  const wrapKeyTwice = useLab((s) => s.wrapKeyTwice);
  const [result, setResult] = useState<WrappedTwice | null>(null);
  const bobsKey = events.find(
    (e) => e.type === 'packet-sent' && e.packet.kind === 'public-key' && e.packet.from === 'bob',
  );
  const spki =
    bobsKey?.type === 'packet-sent'
      ? bobsKey.packet.fields.find((f) => f.name === 'public key')?.bytes
      : undefined;
  return (
    <section className="widget" aria-labelledby={headingId} data-testid="oaep-twice">
      <h3 id={headingId}>{t('ui.oaep.heading')}</h3>
      <button
        type="button"
        disabled={!spki}
        onClick={() => spki && void wrapKeyTwice(spki).then(setResult)}
      >
        {t('ui.oaep.wrap')}
      </button>
      {result && (
        <dl className="oaep-twice">
          <dt>{t('ui.oaep.key')}</dt>
          <dd>
            <code>{toHex(result.key, ' ')}</code>
          </dd>
          <dt>{t('ui.oaep.first', { bytes: result.first.length })}</dt>
          <dd>
            <code data-testid="oaep-first">{head(result.first)}</code>
          </dd>
          <dt>{t('ui.oaep.second', { bytes: result.second.length })}</dt>
          <dd>
            <code data-testid="oaep-second">{head(result.second)}</code>
          </dd>
        </dl>
      )}
    </section>
  );
}
