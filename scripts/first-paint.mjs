// How a prerendered page (scripts/prerender.mjs) reaches its first paint with nothing to wait
// for: its styles are inline, and its scripts start only once that first frame is painted, so
// they never compete with the HTML for it. The policy allows exactly these inline pieces, by
// hash; every page and the headers file carry the same policy.
import { createHash } from 'node:crypto';

const hashOf = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Starts the app once the first paint is on the screen: imports the entry, then preloads what
 * the page shows first (both listed in the page's <meta> tags, so this script is the same on
 * every page and one hash allows it), one link a task: each link sets up a fetch, and ten at
 * once are a long task on a phone (36-108 ms, measured at a 4× CPU slowdown).
 *
 * The browser says when the first paint with content is on the screen (its paint timing
 * entry). A second animation frame comes once the first frame is drawn, but that frame can
 * reach the screen later still: the app's requests then went out before the page was seen (1
 * of 7 Lighthouse runs). A page with nothing of its own to paint (#root left empty for the app
 * to draw, as for an old hash embed link) starts after its first frame. A page that paints
 * nothing at all (a hidden tab, a frame on a slide not shown) starts a second later.
 */
const START_SCRIPT = `let started = false;
const listed = (name) => document.querySelector(\`meta[name="handshake-lab:\${name}"]\`).content.split(' ');
function start() {
  if (started) return;
  started = true;
  import(listed('entry')[0]);
  const hrefs = listed('preload').filter(Boolean);
  const preloadNext = () => {
    const href = hrefs.shift();
    if (!href) return;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
    setTimeout(preloadNext);
  };
  preloadNext();
}
const painted = () => setTimeout(start);
if (document.getElementById('root')?.hasChildNodes() && window.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    painted();
  }).observe({ type: 'paint', buffered: true });
} else {
  requestAnimationFrame(() => requestAnimationFrame(painted));
}
setTimeout(start, 1000);`;

/**
 * Runs in <head>, before the first paint, so that the page is painted in the theme the app
 * will choose (web/app/theme.ts: the link's `?theme=`, else the saved choice, else the
 * system's light or dark) instead of turning from light to dark as the app starts. And an embed
 * link (`?embed=1`) is served the file of the full page: its #root stays hidden (EARLY_STYLE)
 * until EMBED_VIEW_SCRIPT, right after it, has put the step's embed view in its place. A slide
 * never shows the header and the step's text for a moment. scripts/first-paint.test.ts checks
 * that the theme it picks agrees with theme.ts.
 */
export const EARLY_SCRIPT = `(() => {
  const root = document.documentElement;
  const query = new URLSearchParams(window.location.search);
  const themes = ['light', 'dark', 'projector'];
  let theme = query.get('theme');
  if (!themes.includes(theme)) {
    try {
      theme = window.localStorage.getItem('handshake-lab:theme');
    } catch {
      theme = null;
    }
  }
  if (!themes.includes(theme)) {
    theme = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
  if (query.get('embed') === '1') root.dataset.embedPending = '';
})();`;

/** Hides the full page of an embed link, even if the browser paints before #root is whole. */
export const EARLY_STYLE = '[data-embed-pending] #root{visibility:hidden}';

/**
 * Right after #root: for an embed link, #root holds the step's embed view instead of the full
 * page, from the first paint: the build rendered it into a <template> beside the page, and the
 * app renders the embed afresh over it (web/main.tsx). Where the build wrote none (an old hash
 * embed link, served the home page) #root is left empty until the app draws the embed.
 */
export const EMBED_VIEW_SCRIPT = `(() => {
  const root = document.documentElement;
  if (!('embedPending' in root.dataset)) return;
  const view = document.getElementById('embed-view');
  document.getElementById('root').replaceChildren(...(view ? [view.content.cloneNode(true)] : []));
  delete root.dataset.embedPending;
})();`;

const STYLESHEET_OPEN = '<link rel="stylesheet" crossorigin href="';
const STYLESHEET_CLOSE = '">';

/** `html` with each stylesheet link Vite wrote replaced by `replace(href)`. */
function replaceStylesheetLinks(html, replace) {
  let out = '';
  let from = 0;
  for (;;) {
    const start = html.indexOf(STYLESHEET_OPEN, from);
    if (start < 0) return out + html.slice(from);
    const end = html.indexOf(STYLESHEET_CLOSE, start + STYLESHEET_OPEN.length);
    if (end < 0) return out + html.slice(from);
    out += html.slice(from, start) + replace(html.slice(start + STYLESHEET_OPEN.length, end));
    from = end + STYLESHEET_CLOSE.length;
  }
}
const ENTRY_OPEN = '<script type="module" crossorigin src="';
const ENTRY_CLOSE = '"></script>';

/** The entry `<script>` tag Vite wrote and its src, found with plain string search. */
function entryScript(html) {
  const start = html.indexOf(ENTRY_OPEN);
  if (start < 0) return null;
  const end = html.indexOf(ENTRY_CLOSE, start + ENTRY_OPEN.length);
  if (end < 0) return null;
  return {
    tag: html.slice(start, end + ENTRY_CLOSE.length),
    src: html.slice(start + ENTRY_OPEN.length, end),
  };
}

export function firstPaint(readAsset) {
  const styleHashes = new Set();

  /**
   * The page with each stylesheet inline. Beside each, a disabled <link> (never fetched) names
   * its file: the code that loads a part's styles when the app moves to another page finds it
   * there and does not load that file again.
   */
  function inlineStyles(html, prefix) {
    return replaceStylesheetLinks(html, (href) => {
      const file = href.slice(prefix.length);
      const css = readAsset(file);
      // A url() in a stylesheet is relative to its file, not to the page: inline, it would break.
      if (css.includes('url(')) throw new Error(`${file} has a url(): it cannot be inlined.`);
      styleHashes.add(hashOf(css));
      return `<style>${css}</style><link rel="stylesheet" href="${href}" disabled>`;
    });
  }

  /** The page with its entry script started after the first frame, and `preloads` with it. */
  function startAfterPaint(html, preloads) {
    const entry = entryScript(html);
    if (!entry) throw new Error('index.html has no entry <script type="module">.');
    return html.replace(
      entry.tag,
      [
        `<meta name="handshake-lab:entry" content="${entry.src}" />`,
        `<meta name="handshake-lab:preload" content="${preloads.join(' ')}" />`,
        `<script type="module">${START_SCRIPT}</script>`,
      ].join('\n    '),
    );
  }

  /** The page with EARLY_SCRIPT and EARLY_STYLE at the end of its <head>. */
  function paintEarly(html) {
    if (!html.includes('</head>')) throw new Error('index.html has no </head>.');
    styleHashes.add(hashOf(EARLY_STYLE));
    return html.replace(
      '</head>',
      `  <script>${EARLY_SCRIPT}</script>\n    <style>${EARLY_STYLE}</style>\n  </head>`,
    );
  }

  /**
   * The page, whose #root holds `body`, with EMBED_VIEW_SCRIPT right after #root, and before
   * it a step's embed view in a <template> (`embedBody`, null for a page that is not a step).
   */
  function withEmbedView(html, body, embedBody) {
    const root = `<div id="root">${body}</div>`;
    const at = html.indexOf(root);
    if (at === -1) throw new Error('The page has no #root for its embed view.');
    const end = at + root.length;
    const template =
      embedBody === null ? '' : `\n    <template id="embed-view">${embedBody}</template>`;
    const view = `${template}\n    <script>${EMBED_VIEW_SCRIPT}</script>`;
    return html.slice(0, end) + view + html.slice(end);
  }

  /** The policy (in a page's <meta> tag or the headers file) allowing every inline piece. */
  function withPolicy(text) {
    const styles = [...styleHashes].join(' ');
    return text
      .replace(
        "script-src 'self'",
        `script-src 'self' ${[START_SCRIPT, EARLY_SCRIPT, EMBED_VIEW_SCRIPT].map(hashOf).join(' ')}`,
      )
      .replace("style-src 'self'", `style-src 'self' ${styles}`);
  }

  return { inlineStyles, startAfterPaint, paintEarly, withEmbedView, withPolicy };
}
