// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata
// polyfill before it is evaluated. This is the only module that imports the library's
// values, so the order below holds wherever the certificate code is loaded from.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

let ready = false;

/** Points @peculiar/x509 at this page's WebCrypto, once; returns the library. */
export function ensureX509(): typeof x509 {
  if (!ready) {
    x509.cryptoProvider.set(globalThis.crypto);
    ready = true;
  }
  return x509;
}
