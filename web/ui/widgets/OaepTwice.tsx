import { useId, useState } from 'react';
import { toHex, type WrappedTwice, wrapSameKeyTwice } from '../../crypto/index.ts';
import { selectEvents } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import './widgets.css';

const SHOWN_BYTES = 12;
const head = (bytes: Uint8Array) => `${toHex(bytes.subarray(0, SHOWN_BYTES), ' ')} …`;

/** Wraps one AES key twice with Bob's public key from this run: OAEP is randomised. */
export default function OaepTwice() {
  const headingId = useId();
  const events = useLab(selectEvents);
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
      <h3 id={headingId}>The same key, wrapped twice</h3>
      <button
        type="button"
        disabled={!spki}
        onClick={() => spki && void wrapSameKeyTwice(spki).then(setResult)}
      >
        Wrap one AES key twice with Bob’s public key
      </button>
      {result && (
        <dl className="oaep-twice">
          <dt>AES key</dt>
          <dd>
            <code>{toHex(result.key, ' ')}</code>
          </dd>
          <dt>First wrap, {result.first.length} bytes</dt>
          <dd>
            <code data-testid="oaep-first">{head(result.first)}</code>
          </dd>
          <dt>Second wrap, {result.second.length} bytes</dt>
          <dd>
            <code data-testid="oaep-second">{head(result.second)}</code>
          </dd>
        </dl>
      )}
    </section>
  );
}
