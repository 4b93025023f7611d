// npm run build's last step: every page of the site as HTML of its own, rendered by React in
// Node from the same components the browser then hydrates (web/prerender/render-page.tsx).
// Writes dist/<path>/index.html for home, the sandbox, the matrix and every lesson step, each
// with its own <head> (title, description, canonical link, link-preview tags), the code its
// first view needs preloaded, and asset links relative to the page (so the site works under
// any sub-path); then sitemap.xml and the robots.txt line that points to it.
//
//   SITE_URL=https://courses.example.org/handshake-lab/ npm run build
//       where the site is served: the base of canonical links, preview images and the sitemap
//       (default https://handshake-lab.example/, a placeholder).
//   HANDSHAKE_LAB_LINKS=hash npm run build
//       for a host that cannot serve a folder's index.html at its path: no pages are written,
//       and the app keeps hash links (#/lesson/<id>/<step>), as the single-file edition does.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const DIST = 'dist';
const SERVER_OUT = 'dist-ssr';
const DEFAULT_SITE_URL = 'https://handshake-lab.example/';
const MANIFEST = join(DIST, '.vite', 'manifest.json');

const links = process.env.HANDSHAKE_LAB_LINKS ?? 'path';
if (links !== 'path' && links !== 'hash') {
  console.error(`HANDSHAKE_LAB_LINKS is "path" or "hash", not "${links}".`);
  process.exit(2);
}
if (links === 'hash') {
  rmSync(join(DIST, '.vite'), { recursive: true, force: true });
  console.log('Hash links: the build serves index.html alone, as before; no pages written.');
  process.exit(0);
}
const siteUrl = new URL(process.env.SITE_URL ?? DEFAULT_SITE_URL);
if (!siteUrl.pathname.endsWith('/')) siteUrl.pathname += '/';

await build({
  logLevel: 'warn',
  build: {
    ssr: 'web/prerender/render-page.tsx',
    outDir: SERVER_OUT,
    emptyOutDir: true,
    manifest: false,
    copyPublicDir: false,
  },
});
const site = await import(pathToFileURL(join(SERVER_OUT, 'render-page.js')).href);
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const template = readFileSync(join(DIST, 'index.html'), 'utf8');

/** The files (scripts and styles) a set of chunks loads, following their static imports. */
function chunkFiles(keys) {
  const scripts = new Set();
  const styles = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build has no chunk for ${key}.`);
    if (scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return { scripts, styles };
}

const entry = chunkFiles(['index.html']);
/** What a page shows first, beyond the entry: loaded before it hydrates, so preloaded here. */
function firstViewChunks(appPath) {
  const [, page, lessonId] = appPath.split(/[/?]/);
  if (!page) return ['web/app/Home.tsx'];
  const lab = ['web/app/LabPages.tsx'];
  if (page === 'lesson') return [...lab, 'web/app/LessonPage.tsx', `web/lessons/${lessonId}.ts`];
  if (page === 'sandbox') return [...lab, 'web/app/SandboxPage.tsx'];
  return [...lab, 'web/app/MatrixPage.tsx'];
}

const escapeHtml = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/** `html` with its first piece from `open` to the next `close` (both included) replaced. */
function between(html, open, close, replacement) {
  const start = html.indexOf(open);
  const end = start === -1 ? -1 : html.indexOf(close, start + open.length);
  if (end === -1) return html;
  return html.slice(0, start) + replacement() + html.slice(end + close.length);
}

// The policy allows no style attribute in HTML (style-src 'self'). React writes a few, for
// positions on the stage; the browser sets those same values through the DOM (which the
// policy allows) whenever they change. In the HTML each one becomes a rule of a stylesheet
// of its own, matched by a data attribute React leaves alone.
const inlineStyles = new Map();
function withoutStyleAttributes(html) {
  const marker = ' style="';
  let out = '';
  let from = 0;
  for (let at = html.indexOf(marker); at !== -1; at = html.indexOf(marker, from)) {
    const end = html.indexOf('"', at + marker.length);
    if (end === -1) break;
    const declarations = html.slice(at + marker.length, end);
    const id = createHash('sha256').update(declarations).digest('hex').slice(0, 8);
    inlineStyles.set(id, declarations.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
    out += `${html.slice(from, at)} data-prerendered-style="${id}"`;
    from = end + 1;
  }
  return out + html.slice(from);
}

function headTags(appPath, head, prefix) {
  const canonical = new URL(site.pathLink(appPath), siteUrl).href;
  const image = new URL(`og/${head.imageLesson}.png`, siteUrl).href;
  const title = escapeHtml(head.title);
  const description = escapeHtml(head.description);
  return [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="canonical" href="${canonical}" />`,
    '<meta property="og:type" content="website" />',
    '<meta property="og:site_name" content="Handshake Lab" />',
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${canonical}" />`,
    `<meta property="og:image" content="${image}" />`,
    '<meta property="og:image:width" content="1200" />',
    '<meta property="og:image:height" content="630" />',
    '<meta property="og:image:alt" content="The stage: Alice, Bob and Oscar on the wire between them" />',
    '<meta name="twitter:card" content="summary_large_image" />',
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    `<meta name="twitter:image" content="${image}" />`,
    '<meta name="handshake-lab:links" content="path" />',
    `<meta name="handshake-lab:root" content="${prefix}" />`,
    `<meta name="handshake-lab:page" content="${escapeHtml(appPath)}" />`,
  ].join('\n    ');
}

// Every page carries its styles in <style> elements, so it paints from its HTML alone, with no
// stylesheet to wait for. The policy allows exactly these styles, by hash. Beside each, a
// disabled <link> (never fetched) names its file: the code that loads a part's styles when the
// app moves to another page finds it there and does not load that file again.
const inlinedStyles = new Map();
const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;
function withInlineStyles(html, prefix) {
  const hashes = [];
  const out = html.replace(STYLESHEET_LINK, (_tag, href) => {
    const file = href.slice(prefix.length);
    const css = readFileSync(join(DIST, file), 'utf8');
    // A url() in a stylesheet is relative to its file, not to the page: inlined it would break.
    if (css.includes('url(')) throw new Error(`${file} has a url(): it cannot be inlined.`);
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    inlinedStyles.set(file, hash);
    hashes.push(hash);
    return `<style>${css}</style><link rel="stylesheet" href="${href}" disabled>`;
  });
  return out.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
}

const rendered = [];
for (const appPath of site.sitePages()) {
  const [body, head] = await Promise.all([site.renderPage(appPath), site.pageHead(appPath)]);
  rendered.push({ appPath, body: withoutStyleAttributes(body), head });
}

const stylesheet = [...inlineStyles]
  .map(([id, declarations]) => `[data-prerendered-style="${id}"]{${declarations}}`)
  .join('\n');
const stylesheetFile = `assets/prerendered-${createHash('sha256').update(stylesheet).digest('hex').slice(0, 8)}.css`;
writeFileSync(join(DIST, stylesheetFile), `${stylesheet}\n`);

for (const { appPath, body, head } of rendered) {
  const depth = site.depthOf(appPath);
  const prefix = depth === 0 ? './' : '../'.repeat(depth);
  const own = chunkFiles(firstViewChunks(appPath));
  const preloads = [...own.scripts].filter((file) => !entry.scripts.has(file));
  const styles = [...own.styles].filter((file) => !entry.styles.has(file));
  const extraLinks = [
    ...preloads.map((file) => `<link rel="modulepreload" crossorigin href="${prefix}${file}">`),
    ...[...styles, ...(body.includes('data-prerendered-style') ? [stylesheetFile] : [])].map(
      (file) => `<link rel="stylesheet" crossorigin href="${prefix}${file}">`,
    ),
  ].join('\n    ');
  let html = template.replace(/ (src|href)="\.\//g, ` $1="${prefix}`);
  html = between(html, '<meta name="description"', '>', () => '');
  html = between(html, '<title>', '</title>', () => headTags(appPath, head, prefix));
  html = html.replace('</head>', `  ${extraLinks}\n  </head>`);
  html = withInlineStyles(html, prefix);
  // The page's words stand in #root; the note for a page whose scripts never run (opened from
  // disk) moves after it, where the app removes it as it starts (web/main.tsx).
  const loadFailure = html.slice(
    html.indexOf('<p class="load-failure">'),
    html.indexOf('</p>', html.indexOf('<p class="load-failure">')) + '</p>'.length,
  );
  html = between(html, '<div id="root">', '</div>', () => `<div id="root">${body}</div>`);
  if (loadFailure.startsWith('<p'))
    html = html.replace(`${body}</div>`, `${body}</div>\n    ${loadFailure}`);
  if (!html.includes(body)) throw new Error(`index.html has no #root to render ${appPath} into.`);
  const file = join(DIST, site.pathLink(appPath), 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

// The same policy in the headers file holds for every page: it allows every inlined style.
const headers = readFileSync(join(DIST, '_headers'), 'utf8');
writeFileSync(
  join(DIST, '_headers'),
  headers.replace(
    "style-src 'self'",
    `style-src 'self' ${[...new Set(inlinedStyles.values())].join(' ')}`,
  ),
);

const urls = rendered.map(({ appPath }) => new URL(site.pathLink(appPath), siteUrl).href);
writeFileSync(
  join(DIST, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`)
    .join('\n')}\n</urlset>\n`,
);
const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8').trimEnd();
writeFileSync(
  join(DIST, 'robots.txt'),
  `${robots}\n\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`,
);
rmSync(join(DIST, '.vite'), { recursive: true, force: true });
rmSync(SERVER_OUT, { recursive: true, force: true });
console.log(`Rendered ${rendered.length} pages ahead of time for ${siteUrl.href}.`);
