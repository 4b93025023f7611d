import { t } from '../text/index.ts';
import '../text/messages/ui-insecure.ts';
import { Rich } from '../ui/rich-text.tsx';

/** Shown instead of the app where WebCrypto is missing: it only exists in secure contexts. */
export function InsecureContext() {
  const framed = window.self !== window.top;
  return (
    <main className="notice-page">
      <h1>{t('ui.insecure.heading')}</h1>
      <p>{t('ui.insecure.why')}</p>
      <h2>{t('ui.insecure.how')}</h2>
      <ul>
        <li>
          <Rich
            k="ui.insecure.https"
            nodes={{
              https: <strong>https://</strong>,
              localhost: <strong>http://localhost</strong>,
              loopback: <strong>http://127.0.0.1</strong>,
            }}
          />
        </li>
        <li>
          <Rich
            k="ui.insecure.offline"
            nodes={{
              file: <strong>handshake-lab.html</strong>,
              build: <code>npm run build:single</code>,
              serve: <code>python3 -m http.server 8000</code>,
              served: <strong>http://localhost:8000</strong>,
            }}
          />
        </li>
        <li>{t('ui.insecure.other-computers')}</li>
        {framed && <li>{t('ui.insecure.framed')}</li>}
      </ul>
      <p className="muted">
        <Rich
          k="ui.insecure.address"
          nodes={{ address: <code>{`${window.location.protocol}//${window.location.host}`}</code> }}
        />
      </p>
    </main>
  );
}
