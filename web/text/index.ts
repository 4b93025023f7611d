import { installFormatter } from './catalogue.ts';
import { formatMessage } from './icu.ts';

// Whoever imports the catalogue through this door can render every pattern: plurals, selects
// and numbers included. The first view imports catalogue.ts alone (see installFormatter).
installFormatter(formatMessage);

export {
  currentLocale,
  hasMessage,
  installFormatter,
  LOCALES,
  type Locale,
  loadLocale,
  type Message,
  PSEUDO_LOCALE,
  registeredMessages,
  registerMessages,
  render,
  setLocale,
  t,
} from './catalogue.ts';
export { formatMessage, type MessageParams, parameterNames } from './icu.ts';
