// Where the page is and how it links, in either form of link: path links
// (`/lesson/handshake/3/`), where the build wrote a page for every path, or hash links
// (`#/lesson/handshake/3`) in the single-file edition, from disk, and wherever the build was
// told that paths cannot be served. The route reads one form, the hash form ("#/lesson/…").
import {
  appPathOf,
  depthOf,
  pageQuery,
  pathHref,
  pathLink,
  pathLinkOfHashLink,
} from './path-links.ts';

export type LinkMode = 'path' | 'hash';

/** Written into every page the build renders ahead of time (scripts/prerender.mjs). */
export const LINKS_META = 'handshake-lab:links';
/** From that page up to the site's root: "../../.." for a step. */
export const ROOT_META = 'handshake-lab:root';
/** The app path the page's HTML was rendered for. */
export const PAGE_META = 'handshake-lab:page';
/** Sent when the app itself moves to another page with a path link. */
const NAVIGATED = 'handshake-lab:navigated';

/** While the build renders a page in Node: that page's app path ("/lesson/x/2"). */
let rendering: string | null = null;
/** And the page parameters it renders with ("?embed=1" for a step's embed view). */
let renderingSearch = '';
export function renderingPage(appPath: string | null, search = ''): void {
  rendering = appPath;
  renderingSearch = appPath === null ? '' : search;
}

const inBrowser = () => typeof window !== 'undefined';

function meta(name: string): string | null {
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
}

let mode: LinkMode | null = null;
export function linkMode(): LinkMode {
  if (!inBrowser()) return 'path';
  mode ??= meta(LINKS_META) === 'path' && window.location.protocol !== 'file:' ? 'path' : 'hash';
  return mode;
}

let root: URL | null = null;
/** The site's root, found once from the page that loaded first (later pages are pushed). */
function siteRoot(): URL {
  root ??= new URL(meta(ROOT_META) ?? './', window.location.href);
  return root;
}

/** The app path a page's HTML was rendered for, if it was. */
export function prerenderedPage(): string | null {
  return linkMode() === 'path' ? meta(PAGE_META) : null;
}

/** The current page's path below the site's root ("lesson/x/2/"). */
function pathBelowRoot(): string {
  const below = window.location.pathname.slice(siteRoot().pathname.length);
  return below.replace(/(^|\/)index\.html$/, '$1');
}

/** The current page in the hash form the route reads: "#/lesson/x/2", "#/sandbox?oscar=mitm". */
export function routeHash(): string {
  if (!inBrowser()) return `#${rendering ?? '/'}`;
  if (linkMode() === 'hash') return window.location.hash;
  return `#${appPathOf(pathBelowRoot(), window.location.search)}`;
}

/** The app path of a hash-form link ("#/sandbox" → "/sandbox"). */
const appPathOfHash = (hash: string) => hash.replace(/^#/, '') || '/';

/**
 * What links are written against: the form, and for path links how deep the page stands
 * and the page's own parameters they carry on (`embed`, `theme`, `parent`).
 */
export function linkBase(): string {
  if (linkMode() === 'hash') return 'hash';
  return `${depthOf(appPathOfHash(routeHash()))}|${pageQuery(window.location.search)}`;
}

/** The base the page was rendered with: its own depth and no page parameters. */
export function renderedLinkBase(): string {
  if (inBrowser() && linkMode() === 'hash') return 'hash';
  return `${depthOf(appPathOfHash(routeHash()))}|`;
}

/** An href for a hash-form link ("#/lesson/x/2"), written against a link base. */
export function hrefFor(hash: string, base: string): string {
  if (base === 'hash') return hash;
  const [depth = '0', params = ''] = base.split('|');
  return pathHref(appPathOfHash(hash), Number(depth), params);
}

function notify(): void {
  window.dispatchEvent(new Event(NAVIGATED));
}

/**
 * Calls back whenever the page's link changes by navigation: one call per navigation. With
 * hash links that is `hashchange` (back and forward included). With path links it is
 * `popstate` and the app's own NAVIGATED, which also follows a hash link typed or followed
 * once it has become its path link (startLinks); listening to `hashchange` as well would read
 * the address a second time, after the page may have rewritten it.
 */
export function subscribeToLinks(onChange: () => void): () => void {
  const events = linkMode() === 'hash' ? ['hashchange'] : ['popstate', NAVIGATED];
  for (const name of events) window.addEventListener(name, onChange);
  return () => {
    for (const name of events) window.removeEventListener(name, onChange);
  };
}

function urlOf(hash: string): string {
  return new URL(pathLink(appPathOfHash(hash), pageQuery(window.location.search)), siteRoot()).href;
}

/** Opens another page of the app (a new history entry), as a click on its link would. */
export function navigate(hash: string): void {
  if (linkMode() === 'hash') {
    window.location.hash = hash;
    return;
  }
  window.history.pushState(null, '', urlOf(hash));
  notify();
}

/** Rewrites the current page's link in place (settings the link keeps), with no new entry. */
export function replaceLink(hash: string): void {
  if (hash === routeHash()) return;
  window.history.replaceState(null, '', linkMode() === 'hash' ? hash : urlOf(hash));
}

/** An old hash link on a site of path links: becomes its path link, in place. */
function upgradeHashLink(): boolean {
  const link = pathLinkOfHashLink(window.location.search, window.location.hash);
  if (link === null) return false;
  window.history.replaceState(null, '', new URL(link, siteRoot()).href);
  return true;
}

/** A link that the app itself shows: home, a lesson step, the sandbox or the matrix. */
function isAppLink(url: URL): boolean {
  const base = siteRoot();
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return false;
  return /^((lesson|sandbox|matrix)(\/.*)?)?$/.test(url.pathname.slice(base.pathname.length));
}

function followAppLinks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download'))
    return;
  const url = new URL(anchor.href);
  if (!isAppLink(url)) return;
  const here = window.location;
  // A link to a place on this same page is the browser's to follow.
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return;
  event.preventDefault();
  if (url.href !== here.href) window.history.pushState(null, '', url.href);
  notify();
}

/**
 * Before the app starts: with path links, an old hash link becomes its path link, links
 * within the app open their page without reloading, and a hash link followed later (typed
 * into the address bar, or from a deck) is upgraded too. With hash links, nothing to do.
 */
export function startLinks(): void {
  if (linkMode() === 'hash') return;
  upgradeHashLink();
  // The icon's link is relative to the page the site was entered by; pages opened inside the
  // app sit deeper, where the browser would look for it again: pin it to where it is.
  for (const icon of document.querySelectorAll<HTMLLinkElement>('link[rel="icon"]'))
    icon.setAttribute('href', icon.href);
  document.addEventListener('click', followAppLinks);
  window.addEventListener('hashchange', () => {
    if (upgradeHashLink()) notify();
  });
}

/** The page's query string ("?embed=1"); while rendering ahead of time, the one rendered with. */
export function pageSearch(): string {
  return inBrowser() ? window.location.search : renderingSearch;
}

/** Inside another page's frame (a slide deck); never while rendering ahead of time. */
export function inFrame(): boolean {
  return inBrowser() && window.parent !== window;
}

/** Where the app is served, without query or hash: the base of every link it gives away. */
export function appUrl(): string {
  if (linkMode() === 'path') return siteRoot().href;
  return `${window.location.origin}${window.location.pathname}`;
}
