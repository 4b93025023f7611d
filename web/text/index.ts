export {
  currentLocale,
  formatNumber,
  hasMessage,
  LOCALES,
  type Locale,
  type Message,
  opensWith,
  type Params,
  registeredMessages,
  registerMessages,
  render,
  setLocale,
  t,
} from './catalogue.ts';
export { formatMessage, type MessageParams, parameterNames } from './icu.ts';
export { PSEUDO_LOCALE, pseudoLocalize } from './pseudo.ts';
