/** Shown instead of the app where WebCrypto is missing: it only exists in secure contexts. */
export function InsecureContext() {
  const framed = window.self !== window.top;
  return (
    <main className="notice-page">
      <h1>Handshake Lab needs a secure page</h1>
      <p>
        Every key, ciphertext and signature here is computed by your browser’s Web Cryptography API.
        Browsers offer it only on secure pages, and this page is not one, so nothing can be
        computed.
      </p>
      <h2>How to open it properly</h2>
      <ul>
        <li>
          Open it over <strong>https://</strong>, or on this computer as{' '}
          <strong>http://localhost</strong> or <strong>http://127.0.0.1</strong>.
        </li>
        <li>
          Without the Internet (offline slides, a classroom), open the single-file edition,{' '}
          <strong>handshake-lab.html</strong> (made by <code>npm run build:single</code>), straight
          from disk: a file:// page is secure. Or serve the lab’s folder on the computer that shows
          it (for example <code>python3 -m http.server 8000</code> inside it) and open{' '}
          <strong>http://localhost:8000</strong>.
        </li>
        <li>
          Other computers cannot use this computer’s address over plain http:// (for example
          http://192.168.1.20): for them it must be https://.
        </li>
        {framed && (
          <li>
            This page is inside a frame. If the slides around it were opened over plain http://, the
            frame is not secure either: open the slides over https:// too.
          </li>
        )}
      </ul>
      <p className="muted">
        Address now: <code>{`${window.location.protocol}//${window.location.host}`}</code>
      </p>
    </main>
  );
}
