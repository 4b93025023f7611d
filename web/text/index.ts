// Whoever imports the catalogue through this door can render every pattern: plurals, selects
// and numbers included. The first view imports catalogue.ts alone (see installRichFormatting).
import './messages/rich-formatting.ts';

export {
  hasMessage,
  type Message,
  opensWith,
  type Params,
  registeredMessages,
  registerMessages,
  render,
  t,
} from './catalogue.ts';
export { formatMessage, type MessageParams, parameterNames } from './icu.ts';
export { loadLocale } from './load-locale.ts';
export {
  currentLocale,
  formatNumber,
  LOCALES,
  type Locale,
  PSEUDO_LOCALE,
  setLocale,
} from './locale.ts';
