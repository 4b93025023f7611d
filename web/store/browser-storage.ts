/**
 * localStorage where the browser allows it. In a sandboxed or cross-site frame merely reading
 * `window.localStorage` can throw (SecurityError); there the lab works the same, without saving.
 */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored text, or null when there is none or storage is refused. */
export function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Saves the text; false when the browser refuses (no storage, quota, blocked frame). */
export function writeStored(key: string, value: string): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Whether this page can save anything at all. */
export function canStore(): boolean {
  return storage() !== null;
}
