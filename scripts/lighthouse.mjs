// npm run lighthouse — builds, serves dist/ with gzip (scripts/serve-dist.mjs) and runs
// Lighthouse (mobile, its default throttling) on home, one step of three lessons, the matrix
// and an embed, three times each; prints the worst of the runs per page and fails when a page
// misses its budget. Lighthouse is installed on demand into .lighthouse/, pinned, outside
// package.json. Not part of npm test: timings depend on the machine, run it on a quiet one.
//   npm run lighthouse -- [--no-build] [--dist DIR] [--hash-links] [--runs N] [--port N]
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumPath } from './browser-path.mjs';
import { serveDist } from './serve-dist.mjs';

const LIGHTHOUSE_VERSION = '12.2.3';
const HOME = '.lighthouse';
const CLI = join(HOME, 'node_modules', 'lighthouse', 'cli', 'index.js');
const BUDGET = {
  performance: 99,
  lcp: 1300,
  cls: 0.02,
  tbt: 50,
  accessibility: 100,
  bestPractices: 100,
};

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const dist = option('--dist', 'dist');
const runs = Number(option('--runs', '3'));
const port = Number(option('--port', '4180'));
// Builds from before path links had only hash links: measure those with --hash-links.
const hashLinks = args.includes('--hash-links');

const PAGES = [
  ['home', '/', '/'],
  ['postcards step 1', '/lesson/postcards/1/', '/#/lesson/postcards/1'],
  ['handshake step 3', '/lesson/handshake/3/', '/#/lesson/handshake/3'],
  [
    'certificate-authority step 2',
    '/lesson/certificate-authority/2/',
    '/#/lesson/certificate-authority/2',
  ],
  ['matrix', '/matrix/', '/#/matrix'],
  [
    'embed, oscar-in-the-middle step 2',
    '/lesson/oscar-in-the-middle/2/?embed=1',
    '/?embed=1#/lesson/oscar-in-the-middle/2',
  ],
];

if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (!existsSync(CLI)) {
  console.log(`Installing Lighthouse ${LIGHTHOUSE_VERSION} into ${HOME}/ (once).`);
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '-E',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      '--prefix',
      HOME,
    ],
    {
      stdio: 'inherit',
    },
  );
}
const chrome = chromiumPath();
if (!chrome) {
  console.error('No Chromium found: set CHROMIUM_PATH, or run node scripts/ensure-browser.mjs.');
  process.exit(1);
}

/** One Lighthouse run of one page: its scores and metrics. (Not synchronous: the server runs here.) */
async function measure(url) {
  const { stdout: json } = await promisify(execFile)(
    process.execPath,
    [
      CLI,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(json);
  const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN;
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    kb: audit('total-byte-weight') / 1024,
  };
}

/** The worst of several runs, metric by metric. */
function worst(results) {
  const min = (key) => Math.min(...results.map((r) => r[key]));
  const max = (key) => Math.max(...results.map((r) => r[key]));
  return {
    performance: min('performance'),
    fcp: max('fcp'),
    lcp: max('lcp'),
    tbt: max('tbt'),
    cls: max('cls'),
    accessibility: min('accessibility'),
    bestPractices: min('bestPractices'),
    kb: max('kb'),
  };
}

const misses = (r) =>
  [
    r.performance < BUDGET.performance && 'performance',
    r.lcp > BUDGET.lcp && 'LCP',
    r.cls > BUDGET.cls && 'CLS',
    r.tbt > BUDGET.tbt && 'TBT',
    r.accessibility < BUDGET.accessibility && 'accessibility',
    r.bestPractices < BUDGET.bestPractices && 'best practices',
  ].filter(Boolean);

const server = await serveDist(dist, port);
const rows = [];
try {
  for (const [name, pathLink, hashLink] of PAGES) {
    const url = `http://127.0.0.1:${port}${hashLinks ? hashLink : pathLink}`;
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await measure(url));
    const r = worst(results);
    rows.push({ name, ...r, misses: misses(r) });
    console.log(`${name}: done (${runs} runs)`);
  }
} finally {
  server.close();
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}, mobile, worst of ${runs} runs, ${dist}/`);
console.log(
  '| page | performance | FCP | LCP | TBT | CLS | accessibility | best practices | KB | misses |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.performance} | ${seconds(r.fcp)} | ${seconds(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${r.accessibility} | ${r.bestPractices} | ${r.kb.toFixed(0)} | ${r.misses.join(', ') || '–'} |`,
  );
if (rows.some((r) => r.misses.length > 0)) process.exitCode = 1;
