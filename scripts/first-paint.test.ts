import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startTheme } from '../web/app/theme.ts';
import { isEmbed } from '../web/ui/routing/route.ts';
import { EARLY_SCRIPT, EMBED_VIEW_SCRIPT, firstPaint } from './first-paint.mjs';

/** What a browser holds that both the head's early script and the app's theme code read. */
interface Browser {
  readonly search: string;
  /** The saved theme; 'throws' when reading storage is refused (a sandboxed frame). */
  readonly saved: string | null | 'throws';
  readonly systemDark: boolean;
}

const LINK_THEMES = ['', 'light', 'dark', 'projector', 'system', 'neon'];
const SAVED = [null, 'light', 'dark', 'projector', 'system', '"><script>', 'throws'] as const;

/** Puts a fake window and document on the global object; returns <html>'s dataset. */
function install({ search, saved, systemDark }: Browser): Record<string, string> {
  const dataset: Record<string, string> = { theme: 'light' };
  const storage = {
    getItem: (key: string) => {
      if (saved === 'throws') throw new DOMException('refused', 'SecurityError');
      return key === 'handshake-lab:theme' ? saved : null;
    },
  };
  Object.assign(globalThis, {
    window: {
      location: { search },
      get localStorage() {
        if (saved === 'throws') throw new DOMException('refused', 'SecurityError');
        return storage;
      },
      matchMedia: (query: string) => ({
        matches: query === '(prefers-color-scheme: dark)' && systemDark,
        addEventListener: () => {},
      }),
    },
    document: { documentElement: { dataset } },
  });
  return dataset;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'document');
});

describe("the head's early script", () => {
  const browsers: Browser[] = LINK_THEMES.flatMap((theme) =>
    SAVED.flatMap((saved) =>
      [false, true].map((systemDark) => ({
        search: theme ? `?embed=1&theme=${theme}` : '',
        saved,
        systemDark,
      })),
    ),
  );

  it.each(browsers)('paints the theme the app then chooses: %o', (browser) => {
    const early = install(browser);
    new Function(EARLY_SCRIPT)();
    const app = install(browser);
    startTheme(browser.search);
    expect(early.theme).toBe(app.theme);
  });

  it('picks by the link, then the saved choice, then the system', () => {
    const run = (browser: Browser) => {
      const dataset = install(browser);
      new Function(EARLY_SCRIPT)();
      return dataset.theme;
    };
    expect(run({ search: '?theme=projector', saved: 'dark', systemDark: false })).toBe('projector');
    expect(run({ search: '', saved: 'dark', systemDark: false })).toBe('dark');
    expect(run({ search: '?theme=neon', saved: 'system', systemDark: true })).toBe('dark');
    expect(run({ search: '', saved: 'throws', systemDark: false })).toBe('light');
  });

  it.each([
    ['?embed=1', true],
    ['?theme=dark&embed=1', true],
    ['?embed=0', false],
    ['?embed=true', false],
    ['', false],
  ])('hides %s until the app draws it as an embed: %s', (search, hidden) => {
    const dataset = install({ search, saved: null, systemDark: false });
    new Function(EARLY_SCRIPT)();
    expect('embedPending' in dataset).toBe(hidden);
    expect(isEmbed(search)).toBe(hidden);
  });

  it('is allowed by the policy, by its hash, with the style that hides the embed', () => {
    const paint = firstPaint(() => '');
    const html = paint.paintEarly('<html><head><title>t</title></head><body></body></html>');
    const policy = paint.withPolicy("script-src 'self'; style-src 'self'");
    const between = (open: string, close: string) =>
      html.slice(html.indexOf(open) + open.length, html.indexOf(close));
    const script = between('<script>', '</script>');
    const style = between('<style>', '</style>');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(script).toBe(EARLY_SCRIPT);
    expect(policy).toContain(hash(script));
    expect(policy).toContain(hash(style));
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('</head>'));
  });

  it('puts a step’s embed view right after #root, with its script allowed by hash', () => {
    const paint = firstPaint(() => '');
    const body = '<main><div>step</div></main>';
    const page = `<body><div id="root">${body}</div><p class="load-failure">x</p></body>`;
    const script = `\n    <script>${EMBED_VIEW_SCRIPT}</script>`;
    expect(paint.withEmbedView(page, body, '<div class="is-embed">embed</div>')).toBe(
      `<body><div id="root">${body}</div>\n    <template id="embed-view"><div class="is-embed">embed</div></template>${script}<p class="load-failure">x</p></body>`,
    );
    expect(paint.withEmbedView(page, body, null)).toBe(
      `<body><div id="root">${body}</div>${script}<p class="load-failure">x</p></body>`,
    );
    expect(paint.withPolicy("script-src 'self'")).toContain(
      `'sha256-${createHash('sha256').update(EMBED_VIEW_SCRIPT).digest('base64')}'`,
    );
    expect(() => paint.withEmbedView('<body></body>', body, '')).toThrow(/no #root/);
  });
});
