import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { preloadRoute } from './app/App.tsx';
import { startLanguage } from './app/language.ts';
import { Page } from './app/Page.tsx';
import { startTheme } from './app/theme.ts';
import { installTrustedTypesPolicy } from './app/trusted-types.ts';
import { prerenderedPage, routeHash, startLinks } from './ui/routing/navigation.ts';
import { isEmbed, parseRoute } from './ui/routing/route.ts';
import './ui/theme.css';
import './ui/base.css';

declare global {
  interface Window {
    /** Set by end-to-end tests so that animations finish instantly. */
    __HANDSHAKE_LAB_SKIP_ANIMATIONS__?: boolean;
  }
}

installTrustedTypesPolicy();
startTheme(window.location.search);
// An old hash link becomes its path link here, before anything reads the route.
startLinks();

const hasWebCrypto =
  window.isSecureContext && typeof globalThis.crypto?.subtle?.generateKey === 'function';
// In a SCORM package the LMS launches one lesson with `?sco=<lesson>`; the link to the LMS
// loads only there, and only in the single-file build.
const sco = __WITH_SCORM__ && new URLSearchParams(window.location.search).get('sco');
if (sco && hasWebCrypto)
  void import('./app/scorm/connect-scorm.ts').then((scorm) => scorm.connectScorm(sco));
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element.');
const root: HTMLElement = rootElement;
// A page rendered ahead of time keeps its note for scripts that never ran beside #root: they ran.
document.querySelector('#root ~ .load-failure')?.remove();
const page = <Page webCrypto={hasWebCrypto} />;

function renderAfresh() {
  createRoot(root).render(page);
}

// The HTML already shows this page when the build rendered it for this very link (not for
// another link served the same file, such as an old hash link, nor as an embed), in English:
// the app then takes it over where it stands, once the code it shows first has loaded. In
// another language (or with a notice about one) the app renders the page afresh instead.
void startLanguage(window.location.search).then((language) => {
  const hash = routeHash();
  const hydrate =
    hasWebCrypto &&
    `#${prerenderedPage()}` === hash &&
    !isEmbed(window.location.search) &&
    language.locale === 'en' &&
    language.unknown === null;
  if (hydrate) {
    preloadRoute(parseRoute(hash)).then(
      // As a transition, hydration yields to the browser every few milliseconds instead of
      // holding the main thread for the whole page; a click meanwhile makes React hydrate what
      // it lands on first, synchronously, and then delivers it.
      () => startTransition(() => void hydrateRoot(root, page)),
      () => renderAfresh(),
    );
  } else if (document.getElementById('embed-view') && isEmbed(window.location.search)) {
    // The build's embed view stands in #root: it stays until the code it shows has loaded,
    // instead of giving way to "Loading…" while it loads.
    preloadRoute(parseRoute(hash)).then(renderAfresh, renderAfresh);
  } else {
    renderAfresh();
  }
});
