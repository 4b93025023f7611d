// npm run size — gzipped JS + CSS a page loads before it shows its first frame, from the
// production build: its inline styles, what its HTML links (the entry script, the chunks it
// preloads) and everything those import statically. Not the chunks loaded later with import()
// (the engine, motion, the panels below the stage, widgets, certificates).
// The first view (home, dist/index.html) must stay within 80 KB, and every lesson step opened
// from its link (dist/lesson/<id>/<step>/index.html, the largest counts) within 100 KB;
// npm test runs this and fails above either.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSync } from 'vite';

const FIRST_VIEW_BUDGET_KB = 80;
const LESSON_STEP_BUDGET_KB = 100;
const dist = 'dist';

/**
 * The files a page's HTML loads at once, as paths inside dist/: its scripts and stylesheets (a
 * disabled link loads nothing), and on a prerendered page the entry and preloads its start
 * script reads from <meta name="handshake-lab:entry|preload"> (scripts/first-paint.mjs).
 */
function linkedFiles(page) {
  const html = readFileSync(page, 'utf8');
  const attribute = (tag, name) => {
    const start = tag.indexOf(` ${name}="`);
    if (start === -1) return '';
    const from = start + name.length + 3;
    return tag.slice(from, tag.indexOf('"', from));
  };
  const linked = html
    .split('<')
    .map((tag) => tag.slice(0, tag.indexOf('>')))
    .flatMap((tag) => {
      if (tag.startsWith('script ')) return [attribute(tag, 'src')];
      if (tag.startsWith('link ') && !tag.includes(' disabled')) return [attribute(tag, 'href')];
      const meta = attribute(tag, 'name');
      if (meta === 'handshake-lab:entry' || meta === 'handshake-lab:preload')
        return attribute(tag, 'content').split(' ');
      return [];
    })
    .filter((url) => url.endsWith('.js') || url.endsWith('.css'));
  return linked.map((url) => relative(dist, normalize(join(dirname(page), url))));
}

/** Every file a set of start files loads, following static imports between chunks. */
function closure(start) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports between chunks: `import ... from "./x.js"` or `import "./x.js"` (not import()).
    for (const { moduleRequest } of parseSync(file, code).module.staticImports) {
      if (moduleRequest.value.startsWith('./'))
        queue.push(join(dirname(file), moduleRequest.value.slice(2)));
    }
  }
  return seen;
}

/** The text of a page's <style> elements, as it arrives: in the HTML, gzipped with it. */
function inlineStyles(page) {
  return readFileSync(page, 'utf8')
    .split('<style>')
    .slice(1)
    .map((part) => part.slice(0, part.indexOf('</style>')))
    .join('');
}

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const gzipped = (file) => gzipSize(readFileSync(join(dist, file)));
const kbOf = (page) =>
  ([...closure(linkedFiles(page))].reduce((sum, f) => sum + gzipped(f), 0) +
    gzipSize(inlineStyles(page))) /
  1024;

const homePage = join(dist, 'index.html');
for (const file of closure(linkedFiles(homePage)))
  console.log(`${(gzipped(file) / 1024).toFixed(1).padStart(7)} KB  ${file}`);
console.log(
  `${(gzipSize(inlineStyles(homePage)) / 1024).toFixed(1).padStart(7)} KB  inline styles`,
);
const firstView = kbOf(homePage);
console.log(
  `First view: ${firstView.toFixed(1)} KB gzipped JS + CSS (budget ${FIRST_VIEW_BUDGET_KB} KB)`,
);
if (firstView > FIRST_VIEW_BUDGET_KB) {
  console.error(
    `The first view is over budget by ${(firstView - FIRST_VIEW_BUDGET_KB).toFixed(1)} KB.`,
  );
  process.exitCode = 1;
}

const lessons = join(dist, 'lesson');
if (!existsSync(lessons)) {
  console.error(
    'No lesson pages in dist/: this measures the build with path links (npm run build).',
  );
  process.exit(1);
}
const steps = readdirSync(lessons).flatMap((id) =>
  readdirSync(join(lessons, id))
    // A step's folder is its number; the lesson's handout (print/) is a page of another kind.
    .filter((step) => /^\d+$/.test(step))
    .map((step) => join(lessons, id, step, 'index.html')),
);
const [largest, kb] = steps
  .map((page) => [page, kbOf(page)])
  .reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(
  `A lesson step from its link: at most ${kb.toFixed(1)} KB gzipped JS + CSS (${relative(dist, dirname(largest))}/; budget ${LESSON_STEP_BUDGET_KB} KB).`,
);
if (kb > LESSON_STEP_BUDGET_KB) {
  console.error(
    `A lesson step opened from its link is over budget by ${(kb - LESSON_STEP_BUDGET_KB).toFixed(1)} KB.`,
  );
  process.exitCode = 1;
}
