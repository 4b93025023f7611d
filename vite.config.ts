/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The production page runs under a strict Content-Security-Policy. It is added at build
// time only: the dev server injects an inline script for hot reload that the policy forbids.
// Workers are files of the page's own origin (web/ui/widgets/start-worker.ts).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy's <meta> tag, right after the charset. */
export function withPolicy(html: string, policy: string): string {
  return html.replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}

export const CSP_PLUGIN_NAME = 'handshake-lab:csp';

function contentSecurityPolicy(): Plugin {
  return {
    name: CSP_PLUGIN_NAME,
    apply: 'build',
    transformIndexHtml: (html) => withPolicy(html, CONTENT_SECURITY_POLICY),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['web/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Random test inputs are seeded; a failing test prints the seed (web/crypto/testing).
    globalSetup: ['web/crypto/testing/seed.global.ts'],
    setupFiles: ['web/crypto/testing/seed.setup.ts'],
    testTimeout: 60_000,
  },
});
