import { type EcdhCurve, preferredEcdhCurve } from '../../crypto/ecdh.ts';
import type { CurveChoice } from '../config-types.ts';

/** "auto" is X25519 where this browser supports it (feature-detected), else P-256. */
export async function resolveCurve(choice: CurveChoice): Promise<EcdhCurve> {
  return choice === 'auto' ? preferredEcdhCurve() : choice;
}
