export {
  currentLocale,
  hasMessage,
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
