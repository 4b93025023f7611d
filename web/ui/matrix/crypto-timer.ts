/**
 * Measures the time spent inside WebCrypto: every `crypto.subtle` method is wrapped to add up
 * how long its promise takes. Used only in the matrix worker, to set the whole matrix's time
 * beside the time of the cryptography it computed.
 */
const METHODS = [
  'encrypt',
  'decrypt',
  'sign',
  'verify',
  'digest',
  'generateKey',
  'deriveKey',
  'deriveBits',
  'importKey',
  'exportKey',
  'wrapKey',
  'unwrapKey',
] as const;

let total = 0;
let installed = false;

export function timeWebCrypto(): void {
  if (installed) return;
  installed = true;
  const subtle = crypto.subtle as unknown as Record<
    string,
    (...args: unknown[]) => Promise<unknown>
  >;
  for (const name of METHODS) {
    const original = subtle[name]?.bind(crypto.subtle);
    if (!original) continue;
    subtle[name] = async (...args: unknown[]) => {
      const started = performance.now();
      try {
        return await original(...args);
      } finally {
        total += performance.now() - started;
      }
    };
  }
}

/** Milliseconds spent in WebCrypto since the last call. */
export function takeWebCryptoTime(): number {
  const spent = total;
  total = 0;
  return spent;
}
