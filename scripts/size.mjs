// npm run size — gzipped JS + CSS that the first view loads, from the production build.
// Follows index.html's script and stylesheet tags and their static imports (modulepreload),
// not the chunks loaded later with import(). Fails above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 120;
const AIM_KB = 100;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entryFiles = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);

const seen = new Set();
const queue = [...entryFiles];
while (queue.length > 0) {
  const file = queue.shift();
  if (!file || seen.has(file)) continue;
  seen.add(file);
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports between chunks: `import ... from "./x.js"` or `import "./x.js"` (not import()).
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    queue.push(`assets/${m[1]}`);
  }
}

let total = 0;
const rows = [];
for (const file of seen) {
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gz;
  rows.push(`${(gz / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
console.log(rows.join('\n'));
const kb = total / 1024;
console.log(
  `First view: ${kb.toFixed(1)} KB gzipped JS + CSS (budget ${BUDGET_KB} KB, aim ${AIM_KB} KB)`,
);
if (kb > BUDGET_KB) {
  console.error(`Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB.`);
  process.exit(1);
}
