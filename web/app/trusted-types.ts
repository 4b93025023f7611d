import { shorten } from '../text/text.ts';

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
      // window.origin, not location.origin: a page opened from disk has the opaque origin
      // "null", like the blob: URLs it makes (location.origin says "file://" there).
      const own =
        parsed.origin === window.origin &&
        (parsed.protocol === 'blob:' || window.origin !== 'null');
      if (!own) {
        throw new TypeError(
          `Only this page’s own scripts may run, not ${shorten(parsed.href, 80)}.`,
        );
      }
      return url;
    },
  });
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown;
}
