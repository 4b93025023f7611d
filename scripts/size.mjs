// npm run size — gzipped JS + CSS that the first view loads, from the production build,
// and what opening a lesson step from a link adds. Each must stay within its budget; npm
// test runs this and fails above either.
// Follows index.html's script and stylesheet tags and their static imports, plus the page
// chunk the route loads at once (Home for the list, LessonPage and the largest lesson's own
// file for a step); not the chunks loaded later with import() (the engine, motion features,
// certificates, widgets, panels below the stage).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSync } from 'vite';

const FIRST_VIEW_BUDGET_KB = 100;
const LESSON_STEP_BUDGET_KB = 110;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
/** `src="./assets/x.js"` and `href="/assets/x.css"`: the attribute values index.html loads. */
const entryFiles = html
  .split('"')
  .filter((_value, i, parts) => i % 2 === 1 && /(?:src|href)=$/.test(parts[i - 1] ?? ''))
  .map((value) => value.replace(/^\.?\//, ''))
  .filter((value) => value.startsWith('assets/') && /\.(?:js|css)$/.test(value));

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
        queue.push(`assets/${moduleRequest.value.slice(2)}`);
    }
  }
  return seen;
}

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
/** The chunk a page loads with import() as it opens, e.g. LessonPage-abc123.js. */
const chunkOf = (name) =>
  readdirSync(join(dist, 'assets')).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
// The first view is the lesson list: the entry and the Home chunk it loads at once.
const homeChunk = chunkOf('Home');
const seen = closure([...entryFiles, ...(homeChunk ? [`assets/${homeChunk}`] : [])]);
const entryOnly = closure(entryFiles);
let total = 0;
const rows = [];
for (const file of seen) {
  const gz = gzipped(file);
  total += gz;
  rows.push(`${(gz / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
console.log(rows.join('\n'));
const kb = total / 1024;
console.log(`First view: ${kb.toFixed(1)} KB gzipped JS + CSS (budget ${FIRST_VIEW_BUDGET_KB} KB)`);
// A lesson link opens the stage too: report what that costs on top, for the record.
const lessonChunk = chunkOf('LessonPage');
if (lessonChunk) {
  // A step opened from a link loads the entry and the lesson page, not the lesson list.
  const page = closure([...entryFiles, `assets/${lessonChunk}`]);
  // The step's own lesson loads at once too (web/lessons/catalog.ts): count the largest one.
  const catalog = readFileSync('web/lessons/catalog.ts', 'utf8');
  const lessonFiles = parseSync('catalog.ts', catalog)
    .module.dynamicImports.map(({ moduleRequest }) =>
      catalog.slice(moduleRequest.start + 1, moduleRequest.end - 1),
    )
    .filter((request) => request.startsWith('./') && request.endsWith('.ts'))
    .map((request) => chunkOf(request.slice(2, -3)));
  const ownKb = (chunk) =>
    [...closure([`assets/${chunk}`])]
      .filter((f) => !page.has(f))
      .reduce((sum, f) => sum + gzipped(f), 0) / 1024;
  const largest = Math.max(0, ...lessonFiles.filter(Boolean).map(ownKb));
  const all = [...page].reduce((sum, f) => sum + gzipped(f), 0) / 1024 + largest;
  const entryKb = [...entryOnly].reduce((sum, f) => sum + gzipped(f), 0) / 1024;
  const extra = all - entryKb;
  console.log(
    `A lesson step adds ${extra.toFixed(1)} KB (stage, panels and the largest lesson's own ${largest.toFixed(1)} KB): ${all.toFixed(1)} KB in all (budget ${LESSON_STEP_BUDGET_KB} KB).`,
  );
  if (all > LESSON_STEP_BUDGET_KB) {
    console.error(
      `A lesson step opened from a link is over budget by ${(all - LESSON_STEP_BUDGET_KB).toFixed(1)} KB.`,
    );
    process.exitCode = 1;
  }
} else {
  console.error('No LessonPage chunk in the build: cannot measure a lesson step.');
  process.exitCode = 1;
}
if (kb > FIRST_VIEW_BUDGET_KB) {
  console.error(`The first view is over budget by ${(kb - FIRST_VIEW_BUDGET_KB).toFixed(1)} KB.`);
  process.exitCode = 1;
}
