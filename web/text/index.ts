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
export {
  currentLocale,
  formatNumber,
  LOCALES,
  type Locale,
  setLocale,
} from './locale.ts';
export { PSEUDO_LOCALE, pseudoLocalize } from './pseudo.ts';
