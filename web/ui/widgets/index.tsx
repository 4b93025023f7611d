import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { Later } from '../../app/Later.tsx';
import type { WidgetId } from '../../lessons/types.ts';

/**
 * The exercises a lesson step can show, by name. Each loads on its own, only when a step
 * asks for it, at the same time as the engine computes the run; until it arrives a frame
 * of the same kind holds its place.
 */
const WIDGETS: Record<WidgetId, LazyExoticComponent<ComponentType>> = {
  'oaep-twice': lazy(() => import('./OaepTwice.tsx')),
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
    <Later
      fallback={
        <section className="widget widget-loading" aria-busy="true" aria-label="Exercise">
          <p className="muted">Loading the exercise…</p>
        </section>
      }
    >
      <Widget />
    </Later>
  );
}
