/**
 * WebCrypto reports a failed decryption, unwrap or tag check as a DOMException named
 * "OperationError". Only that is a verdict ("this was not made with this key, or was
 * changed"); any other exception is a bug and must surface as one.
 */
export function isVerificationFailure(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'OperationError'
  );
}

/** A DOMException (WebCrypto, TextDecoder, atob) with one of these names. */
export function isDomError(error: unknown, ...names: readonly string[]): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    names.includes(String((error as { name?: unknown }).name))
  );
}

/** Runs `operation`; a verification failure becomes null, anything else is rethrown. */
export async function unlessVerificationFails<T>(operation: () => Promise<T>): Promise<T | null> {
  try {
    return await operation();
  } catch (error) {
    if (isVerificationFailure(error)) return null;
    throw error;
  }
}
