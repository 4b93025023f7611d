import { type SettingText, settingSays } from '../../../text/messages/settings.ts';
import type { CertificateForgery } from '../../config-types.ts';

/** How each of Oscar's certificate forgeries is named. */
export const FORGERY_LABELS: Record<CertificateForgery, SettingText> = {
  'no-certificate': settingSays('forgery.no-certificate'),
  'self-signed': settingSays('forgery.self-signed'),
  'own-certificate': settingSays('forgery.own-certificate'),
  'replace-key': settingSays('forgery.replace-key'),
  expired: settingSays('forgery.expired'),
  'compromised-ca': settingSays('forgery.compromised-ca'),
};
