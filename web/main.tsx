import { MotionGlobalConfig } from 'framer-motion';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startTheme } from './app/theme.ts';
import { installTrustedTypesPolicy } from './app/trusted-types.ts';
import './ui/theme.css';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import './ui/styles.css';
import './ui/legibility.css';

declare global {
  interface Window {
    /** Set by end-to-end tests so that animations finish instantly. */
    __HANDSHAKE_LAB_SKIP_ANIMATIONS__?: boolean;
  }
}

// Shown only where WebCrypto is missing, so it loads only there.
const InsecureContext = lazy(() =>
  import('./app/InsecureContext.tsx').then((m) => ({ default: m.InsecureContext })),
);

installTrustedTypesPolicy();
if (window.__HANDSHAKE_LAB_SKIP_ANIMATIONS__) MotionGlobalConfig.skipAnimations = true;
startTheme(window.location.search);

const hasWebCrypto =
  window.isSecureContext && typeof globalThis.crypto?.subtle?.generateKey === 'function';
// In a SCORM package the LMS launches one lesson with `?sco=<lesson>`; the link to the LMS
// loads only there, and only in the single-file build.
const sco = __WITH_SCORM__ && new URLSearchParams(window.location.search).get('sco');
if (sco && hasWebCrypto)
  void import('./app/scorm/connect-scorm.ts').then((scorm) => scorm.connectScorm(sco));
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="The page" main>
      {hasWebCrypto ? (
        <App />
      ) : (
        <Suspense fallback={null}>
          <InsecureContext />
        </Suspense>
      )}
    </ErrorBoundary>
  </StrictMode>,
);
