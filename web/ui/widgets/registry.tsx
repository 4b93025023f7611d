import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
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

/** The widget a step names, loaded on its own. */
export default function Widget({ id }: { id: WidgetId }) {
  const Chosen = WIDGETS[id];
  return <Chosen />;
}
