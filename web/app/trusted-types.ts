/**
 * The page runs under `require-trusted-types-for 'script'`: a plain string can no longer
 * reach a script sink (innerHTML, eval, a worker's URL…). This default policy lets through
 * exactly one kind: the URL of one of the page's own scripts (the background workers, or a
 * blob: the page made itself). It has no rule for HTML or script text, so those stay blocked.
 */
export function installTrustedTypesPolicy(): void {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return; // Browsers without Trusted Types enforce nothing to pass.
  factory.createPolicy('default', {
    createScriptURL: (url) => {
      const parsed = new URL(url, document.baseURI);
      const own =
        parsed.protocol === 'blob:'
          ? // The document's origin, not location.origin: opened from disk the page's blobs are
            // "blob:null/…" while location.origin reads "file://".
            parsed.origin === window.origin
          : parsed.origin === window.location.origin && parsed.origin !== 'null';
      if (!own) throw new TypeError(`Only this page’s own scripts may run, not ${parsed.href}.`);
      return url;
    },
  });
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown;
}
