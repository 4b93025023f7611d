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
import { firstPaint } from './first-paint.mjs';

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
const entryFile = manifest['index.html'].file;
/** What a page shows first, beyond the entry: loaded before it hydrates, so preloaded here. */
function firstViewChunks(appPath) {
  const [, page, lessonId, stepOrPrint] = appPath.split(/[/?]/);
  if (!page) return ['web/app/Home.tsx'];
  if (stepOrPrint === 'print') return ['web/app/print/PrintPage.tsx', `web/lessons/${lessonId}.ts`];
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

/** A lesson step's app path ("/lesson/handshake/3"), not its handout's. */
const STEP = /^\/lesson\/[\w-]+\/\d+$/;

const paint = firstPaint((file) => readFileSync(join(DIST, file), 'utf8'));

const rendered = [];
for (const appPath of site.sitePages()) {
  const [body, head] = await Promise.all([site.renderPage(appPath), site.pageHead(appPath)]);
  // A step's embed view too: an embed link is served the step's file and shows it from there.
  const embed = STEP.test(appPath)
    ? withoutStyleAttributes(await site.renderPage(appPath, '?embed=1'))
    : null;
  rendered.push({ appPath, body: withoutStyleAttributes(body), embed, head });
}

const stylesheet = [...inlineStyles]
  .map(([id, declarations]) => `[data-prerendered-style="${id}"]{${declarations}}`)
  .join('\n');
const stylesheetFile = `assets/prerendered-${createHash('sha256').update(stylesheet).digest('hex').slice(0, 8)}.css`;
writeFileSync(join(DIST, stylesheetFile), `${stylesheet}\n`);

const pages = [];
for (const { appPath, body, embed, head } of rendered) {
  const depth = site.depthOf(appPath);
  const prefix = depth === 0 ? './' : '../'.repeat(depth);
  const own = chunkFiles(firstViewChunks(appPath));
  // Everything the page runs before it hydrates, fetched at once, not import by import.
  const preloads = [...new Set([...entry.scripts, ...own.scripts])]
    .filter((file) => file !== entryFile)
    .map((file) => `${prefix}${file}`);
  const styles = [...own.styles].filter((file) => !entry.styles.has(file));
  const extraLinks = [
    ...styles,
    ...(body.includes('data-prerendered-style') ? [stylesheetFile] : []),
  ].map((file) => `<link rel="stylesheet" crossorigin href="${prefix}${file}">`);
  let html = template.replace(/ (src|href)="\.\//g, ` $1="${prefix}`);
  html = between(html, '<meta name="description"', '>', () => '');
  html = between(html, '<title>', '</title>', () => headTags(appPath, head, prefix));
  html = html.replace('</head>', `  ${extraLinks.join('\n    ')}\n  </head>`);
  html = paint.paintEarly(paint.startAfterPaint(paint.inlineStyles(html, prefix), preloads));
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
  html = paint.withEmbedView(html, body, embed);
  pages.push({ file: join(DIST, site.pathLink(appPath), 'index.html'), html });
}
// One policy for every page and the headers file, once every page's inline pieces are known.
for (const { file, html } of pages) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, paint.withPolicy(html));
}
const headers = join(DIST, '_headers');
writeFileSync(headers, paint.withPolicy(readFileSync(headers, 'utf8')));

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
