import type { ComponentType } from 'react';
import type { WidgetId } from '../../lessons/types.ts';
import CertificateExport from '../certificates/CertificateExport.tsx';
import ForgeryPicker from '../certificates/ForgeryPicker.tsx';
import PastePem from '../certificates/PastePem.tsx';
import OscarSwitch from '../lesson/OscarSwitch.tsx';
import TamperByte from '../lesson/TamperByte.tsx';
import BruteForceCost from './BruteForceCost.tsx';
import MultiplicationScheme from './MultiplicationScheme.tsx';
import OaepTwice from './OaepTwice.tsx';
import ToyDiffieHellman from './ToyDiffieHellman.tsx';

/**
 * The exercises a lesson step can show, by name. They load with the stage (not with the
 * lesson list), all at once: loading one later would push the stage down as it arrives.
 */
const WIDGETS: Record<WidgetId, ComponentType> = {
  'oaep-twice': OaepTwice,
  'multiplication-scheme': MultiplicationScheme,
  'toy-diffie-hellman': ToyDiffieHellman,
  'brute-force-cost': BruteForceCost,
  'oscar-switch': OscarSwitch,
  'tamper-byte': TamperByte,
  'forgery-picker': ForgeryPicker,
  'certificate-export': CertificateExport,
  'paste-pem': PastePem,
};

export function LessonWidget({ id }: { id: WidgetId }) {
  const Widget = WIDGETS[id];
  return <Widget />;
}
