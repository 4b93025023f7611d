// The catalogue's door. It installs nothing: a message file whose patterns need plurals or
// selects imports messages/rich-formatting.ts itself (see installRichFormatting in catalogue.ts).
export {
  hasMessage,
  isPlainPattern,
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
  intlLocale,
  LOCALES,
  type Locale,
  PSEUDO_LOCALE,
  setLocale,
} from './locale.ts';
