// The production page's security policy, declared once: the build puts it in a <meta> tag
// of index.html and writes the same policy, with what only a header can carry, to _headers.

/** What the page may load and run. Added at build time only: the dev server's hot reload
 * injects an inline script that this policy forbids. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Workers are files of the page's own origin (web/ui/workers/start-worker.ts).
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // No string reaches a script sink except through the page's one policy (web/app/trusted-types.ts).
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');

/**
 * Who may embed the lab in a frame; browsers read this only from a header, never from <meta>.
 * Any https page (slides, a course site): a page framed by a plain http:// page is not a
 * secure context, so WebCrypto would be missing there anyway.
 */
export const FRAME_ANCESTORS = "frame-ancestors 'self' https:";

/** `_headers` for static hosts that read one (Netlify and Cloudflare Pages use this format). */
export function headersFile(): string {
  return [
    '# Security headers for every page of Handshake Lab, written by the build from',
    '# scripts/security-headers.ts (edit it there). The same policy is in index.html as a',
    '# <meta> tag; a header adds frame-ancestors, which a <meta> tag cannot carry.',
    '#',
    '# frame-ancestors decides who may embed the lab: any https page may. To allow only your',
    "# own course site, write its origin instead of https:, e.g. frame-ancestors 'self'",
    '# https://courses.example.org',
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '',
  ].join('\n');
}
