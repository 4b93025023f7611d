import { type ComponentType, lazy, Suspense } from 'react';
import type { WidgetId } from '../../lessons/types.ts';

/** Each widget is its own chunk: the first view does not pay for lessons it is not showing. */
const WIDGETS: Record<WidgetId, ComponentType> = {
  'multiplication-scheme': lazy(() => import('./MultiplicationScheme.tsx')),
  'toy-diffie-hellman': lazy(() => import('./ToyDiffieHellman.tsx')),
  'brute-force-cost': lazy(() => import('./BruteForceCost.tsx')),
  'oscar-switch': lazy(() => import('../lesson/OscarSwitch.tsx')),
  'tamper-byte': lazy(() => import('../lesson/TamperByte.tsx')),
  'forgery-picker': lazy(() => import('../certificates/ForgeryPicker.tsx')),
  'certificate-export': lazy(() => import('../certificates/CertificateExport.tsx')),
  'paste-pem': lazy(() => import('../certificates/PastePem.tsx')),
};

export function LessonWidget({ id }: { id: WidgetId }) {
  const Widget = WIDGETS[id];
  return (
    <Suspense fallback={<p className="muted">Loading…</p>}>
      <Widget />
    </Suspense>
  );
}
