import { type Bytes, copyBytes } from './bytes.ts';
import { DEFAULT_RSA_BITS, type RsaBits } from './rsa.ts';
import { isDomError } from './verification-failure.ts';

export type SignatureScheme = 'RSA-PSS' | 'ECDSA-P256' | 'Ed25519';

export const RSA_PSS_SALT_BYTES = 32;

/** A signing key pair, with the public half's SPKI bytes kept for display and export. */
export interface SigningKeyPair {
  readonly scheme: SignatureScheme;
  readonly publicKey: CryptoKey;
  readonly privateKey: CryptoKey;
  readonly spki: Bytes;
}

const KEY_ALGORITHM: Record<
  SignatureScheme,
  RsaHashedImportParams | EcKeyImportParams | Algorithm
> = {
  'RSA-PSS': { name: 'RSA-PSS', hash: 'SHA-256' },
  'ECDSA-P256': { name: 'ECDSA', namedCurve: 'P-256' },
  Ed25519: { name: 'Ed25519' },
};

const PUBLIC_EXPONENT = new Uint8Array([1, 0, 1]);

let ed25519Support: Promise<boolean> | undefined;

/** Whether this browser does Ed25519 in WebCrypto (asked once, then remembered). */
export function ed25519Supported(): Promise<boolean> {
  ed25519Support ??= (async () => {
    try {
      await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
      return true;
    } catch (error) {
      // A browser without the algorithm says NotSupportedError; anything else is a bug.
      if (isDomError(error, 'NotSupportedError')) return false;
      throw error;
    }
  })();
  return ed25519Support;
}

export async function generateSigningKeyPair(
  scheme: SignatureScheme,
  options: { rsaBits?: RsaBits; extractable?: boolean } = {},
): Promise<SigningKeyPair> {
  const algorithm =
    scheme === 'RSA-PSS'
      ? {
          ...KEY_ALGORITHM[scheme],
          modulusLength: options.rsaBits ?? DEFAULT_RSA_BITS,
          publicExponent: PUBLIC_EXPONENT,
        }
      : KEY_ALGORITHM[scheme];
  const pair = (await crypto.subtle.generateKey(algorithm, options.extractable ?? false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { scheme, publicKey: pair.publicKey, privateKey: pair.privateKey, spki };
}

/** Throws when the bytes are not an SPKI public key for `scheme`. */
export function importVerifyKey(scheme: SignatureScheme, spki: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', copyBytes(spki), KEY_ALGORITHM[scheme], true, ['verify']);
}

/** The sign/verify parameters follow from the key: each scheme has one fixed setting here. */
function paramsFor(key: CryptoKey): RsaPssParams | EcdsaParams | Algorithm {
  switch (key.algorithm.name) {
    case 'RSA-PSS':
      return { name: 'RSA-PSS', saltLength: RSA_PSS_SALT_BYTES };
    case 'ECDSA':
      return { name: 'ECDSA', hash: 'SHA-256' };
    case 'Ed25519':
      return { name: 'Ed25519' };
    default:
      throw new Error(`A ${key.algorithm.name} key cannot sign or verify here.`);
  }
}

/** RSA-PSS and ECDSA signatures are randomised; Ed25519's are deterministic. */
export async function signMessage(privateKey: CryptoKey, message: Uint8Array): Promise<Bytes> {
  const signature = await crypto.subtle.sign(paramsFor(privateKey), privateKey, copyBytes(message));
  return new Uint8Array(signature);
}

/**
 * False for any signature that does not verify, however malformed. It still throws when
 * it is misused (a private key, or a key of another algorithm).
 */
export async function verifySignature(
  publicKey: CryptoKey,
  signature: Uint8Array,
  message: Uint8Array,
): Promise<boolean> {
  const params = paramsFor(publicKey);
  try {
    return await crypto.subtle.verify(params, publicKey, copyBytes(signature), copyBytes(message));
  } catch (error) {
    // Some engines throw rather than answer false for a signature of the wrong length.
    if (error instanceof DOMException && error.name === 'OperationError') return false;
    throw error;
  }
}
