/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, headersFile } from './scripts/security-headers.ts';

export const CSP_PLUGIN_NAME = 'handshake-lab:csp';

/** The policy's <meta> tag, right after the charset. */
export function withPolicy(html: string, policy: string): string {
  return html.replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}

/** The policy in index.html's <meta> tag, and the headers file for static hosts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: CSP_PLUGIN_NAME,
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    transformIndexHtml: (html) => withPolicy(html, CONTENT_SECURITY_POLICY),
  };
}

/**
 * The engine (web/crypto, web/protocol, and web/text below it) only declares: importing one
 * of its modules changes nothing by itself. Said to the bundler, a name imported through the
 * engine's door (web/protocol/index.ts) brings only the modules that name needs into a chunk,
 * not everything behind the door. The exceptions: x509-setup.ts sets up a library, the
 * catalogue's message and lesson files (web/text/messages/, web/text/lessons/) register their
 * patterns as they load, and messages/rich-formatting.ts installs the full message reader.
 */
const engineSideEffects = {
  moduleSideEffects: (id: string) =>
    /\/web\/(text|crypto|protocol)\//.test(id) &&
    !id.endsWith('/x509-setup.ts') &&
    !/\/web\/text\/(messages|lessons)\//.test(id)
      ? false
      : undefined,
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  // The SCORM link is in the single-file build only (vite.single.config.ts).
  define: { __WITH_SCORM__: 'false' },
  // The manifest tells scripts/prerender.mjs which files each page needs first; it removes it.
  // Every browser the app supports preloads modules itself: no polyfill in the first view.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    modulePreload: false,
    rolldownOptions: {
      treeshake: engineSideEffects,
      output: {
        // A lesson's step titles and explanations load on their own at times
        // (lessons/lesson-parts.ts): their files say what they are, apart from the lesson's own
        // file of the same name.
        chunkFileNames: (chunk) => {
          const part = /\/web\/text\/lessons\/(step-titles|explanations)\//.exec(
            chunk.moduleIds[0] ?? '',
          );
          return part ? `assets/${part[1]}-[name]-[hash].js` : 'assets/[name]-[hash].js';
        },
        // Small modules that a page always loads together share one file, so that each does not
        // cost its own request, import lines and compression: the catalogue, the locale, the
        // loader of saved progress and the preload helper (every page); the topology, party
        // names, check labels and state selectors the stage draws with (every page with one).
        codeSplitting: {
          groups: [
            {
              name: 'boot',
              test: /web\/(text\/(catalogue|locale)|store\/load-progress)\.ts$|preload-helper/,
            },
            {
              name: 'stage-parts',
              test: /web\/(protocol\/(checks|topology)|text\/messages\/(engine|parties)|store\/selectors)\.ts$/,
            },
          ],
        },
      },
    },
  },
  // Workers are modules, so the engine's parts load as a run needs them (certificates only
  // with certificates), as on the page.
  worker: { format: 'es', rolldownOptions: { treeshake: engineSideEffects } },
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
