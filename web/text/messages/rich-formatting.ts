import { installRichFormatting } from '../catalogue.ts';
import { formatMessage } from '../icu.ts';

/**
 * Loads the full ICU reader into the catalogue: plurals, selects and number formats. Imported
 * by the message files whose patterns need it (the engine's, a lesson's with a plural) and by
 * text/index.ts, so a first page that only names parties and fills in parameters does not carry
 * it. The pseudo-locale loads it too (loadLocale).
 */
installRichFormatting(formatMessage);
