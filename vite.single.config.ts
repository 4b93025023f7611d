// npm run build:single — the whole lab in one HTML file, dist-single/handshake-lab.html, that
// works opened from disk (file://, a secure context) with no network: for a USB stick in a
// lecture hall. The base config, plus: everything inlined (lazy chunks folded in), workers
// started from Blob URLs, the favicon as a data: URL, and a policy that allows exactly the
// inlined script and style by their hashes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { CONTENT_SECURITY_POLICY } from './scripts/security-headers.ts';
import base, { CSP_PLUGIN_NAME, withPolicy } from './vite.config.ts';

const OUT_DIR = 'dist-single';
const FILE_NAME = 'handshake-lab.html';
const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const WORKERS = fromHere('./web/ui/workers/start-worker.ts');
const INLINE_WORKERS = fromHere('./web/ui/workers/start-worker.inline.ts');

/** Workers from Blob URLs: a file:// page cannot start a worker from a file beside it. */
function inlineWorkers(): Plugin {
  return {
    name: 'handshake-lab:inline-workers',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === WORKERS ? INLINE_WORKERS : null;
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The production policy, with what one file opened from disk needs instead: its inline
 * script and style allowed by hash, images as data:, workers from blob:, nothing to fetch.
 */
function singleFilePolicy(scripts: string[], styles: string[]): string {
  const replaced: Record<string, string | null> = {
    'script-src': `script-src ${scripts.map(sha256).join(' ')}`,
    'style-src': `style-src ${styles.map(sha256).join(' ')}`,
    'img-src': 'img-src data:',
    'font-src': null,
    'connect-src': "connect-src 'none'",
    'worker-src': 'worker-src blob:',
    'manifest-src': null,
  };
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0] ?? '';
      return name in replaced ? replaced[name] : directive;
    })
    .filter((directive): directive is string => directive !== null)
    .join('; ');
}

/** After inlining: the favicon as data, the policy with the hashes, and the file's name. */
function finishSingleFile(): Plugin {
  return {
    name: 'handshake-lab:single-file',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: (html) => {
      const icon = readFileSync(fromHere('./public/favicon.png')).toString('base64');
      return html
        .replace('href="./favicon.png"', `href="data:image/png;base64,${icon}"`)
        .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '');
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('The build made no index.html.');
        const html = String(page.source);
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) => m[1] ?? '',
        );
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
          (m) => m[1] ?? '',
        );
        if (/<(script|link)\b[^>]*\b(src|href)="\.\/(?!\/)[^"]*\.(js|css)"/.test(html)) {
          throw new Error('A script or stylesheet was left outside the single file.');
        }
        delete bundle['index.html'];
        this.emitFile({
          type: 'asset',
          fileName: FILE_NAME,
          source: withPolicy(html, singleFilePolicy(scripts, styles)),
        });
      },
    },
  };
}

const basePlugins: PluginOption[] = base.plugins ?? [];
const withoutBasePolicy = basePlugins.filter(
  (plugin) =>
    !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === CSP_PLUGIN_NAME),
);

export default defineConfig({
  ...base,
  plugins: [inlineWorkers(), ...withoutBasePolicy, viteSingleFile(), finishSingleFile()],
  publicDir: false,
  // Launched by an LMS with ?sco=<lesson>, the one file reports to it (app/scorm).
  define: { ...base.define, __WITH_SCORM__: 'true' },
  build: { ...base.build, outDir: OUT_DIR, emptyOutDir: true, manifest: false },
  // A worker from a Blob URL cannot import files beside it: each is one script.
  worker: { ...base.worker, format: 'iife' },
});
