// Path links and hash links name the same pages. Inside the app a page is written once, as
// its "app path": what a hash link holds after the '#' ("/lesson/handshake/3",
// "/sandbox?exchange=ecdh"). This module maps app paths to path links and back. Pure: no DOM.

/**
 * Query parameters that belong to the page, not to the route: `?embed=1&theme=…&parent=…`,
 * `lang=…` (app/language.ts), and `present=<id>` in a projector window (app/present).
 */
export const PAGE_PARAMS: readonly string[] = ['embed', 'theme', 'lang', 'parent', 'present'];

function paramName(part: string): string {
  const raw = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw;
  }
}

/** The query's parts, as written ("a=1&b=2" → ["a=1", "b=2"]), without a leading '?'. */
function queryParts(query: string): string[] {
  return query.replace(/^\?/, '').split('&').filter(Boolean);
}

/**
 * Whether a part of the query is the page's own. `parent` (the deck's origin) belongs to an
 * embed only: elsewhere it stays with the route, whose page then says it was ignored.
 */
function isPageParam(part: string, parts: readonly string[]): boolean {
  const name = paramName(part);
  if (name === 'parent') return parts.some((p) => paramName(p) === 'embed');
  return PAGE_PARAMS.includes(name);
}

/** Only the page's own parameters of a query, as written ("embed=1&theme=dark"). */
export function pageQuery(search: string): string {
  const parts = queryParts(search);
  return parts.filter((part) => isPageParam(part, parts)).join('&');
}

/** The query without the page's own parameters: what the route reads. */
export function routeQuery(search: string): string {
  const parts = queryParts(search);
  return parts.filter((part) => !isPageParam(part, parts)).join('&');
}

/** "/lesson/x/2/" → "lesson/x/2": no slash at either end. */
function trimSlashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '/') start++;
  while (end > start && text[end - 1] === '/') end--;
  return text.slice(start, end);
}

/** "/lesson/x/2?a=1" → path "lesson/x/2", query "a=1". A '?' after the first is data. */
export function splitAppPath(appPath: string): { path: string; query: string } {
  const at = appPath.indexOf('?');
  const path = trimSlashes(at === -1 ? appPath : appPath.slice(0, at));
  return { path, query: at === -1 ? '' : appPath.slice(at + 1) };
}

/** How many folders below the site's root a page's path link stands: home 0, a step 3. */
export function depthOf(appPath: string): number {
  const { path } = splitAppPath(appPath);
  return path === '' ? 0 : path.split('/').length;
}

/** From a page `depth` folders below the root, the relative link up to the root: "./", "../..". */
export function rootPrefix(depth: number): string {
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * The path link of an app path, relative to the site's root ("lesson/x/2/?embed=1"), carrying
 * the page's own parameters first. Home is "" (plus its query).
 */
export function pathLink(appPath: string, pageParams = ''): string {
  const { path, query } = splitAppPath(appPath);
  const search = [pageParams, query].filter(Boolean).join('&');
  return `${path === '' ? '' : `${path}/`}${search ? `?${search}` : ''}`;
}

/** A path link as an href on a page `depth` folders below the root. */
export function pathHref(appPath: string, depth: number, pageParams = ''): string {
  const link = pathLink(appPath, pageParams);
  return depth === 0 ? `./${link}` : `${rootPrefix(depth)}${link}`;
}

/**
 * The app path of a path link: the path below the root ("lesson/x/2/") and its query, less
 * the page's own parameters.
 */
export function appPathOf(pathBelowRoot: string, search: string): string {
  const path = trimSlashes(pathBelowRoot);
  const query = routeQuery(search);
  return `/${path}${query ? `?${query}` : ''}`;
}

/**
 * An old hash link's path link, relative to the root: `?embed=1#/lesson/x/2` →
 * "lesson/x/2/?embed=1". Null when the hash names no page ("", "#main").
 */
export function pathLinkOfHashLink(search: string, hash: string): string | null {
  if (!hash.startsWith('#/')) return null;
  const appPath = hash.slice(1);
  // Anything but the page's own parameters before the '#' was never read: it stays dropped.
  return pathLink(appPath, pageQuery(search));
}
