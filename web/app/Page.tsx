import { lazy, StrictMode, Suspense } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { App } from './App.tsx';
import './shell.css';

// Shown only where WebCrypto is missing, so it loads only there.
const InsecureContext = lazy(() =>
  import('./InsecureContext.tsx').then((m) => ({ default: m.InsecureContext })),
);

/** The whole page, as the browser renders it and as the build renders it ahead of time. */
export function Page({ webCrypto }: { webCrypto: boolean }) {
  return (
    <StrictMode>
      <ErrorBoundary what="page" main>
        {webCrypto ? (
          <App />
        ) : (
          <Suspense fallback={null}>
            <InsecureContext />
          </Suspense>
        )}
      </ErrorBoundary>
    </StrictMode>
  );
}
