import { installRichFormatting } from '../catalogue.ts';
import { formatMessage } from '../icu.ts';
import { pseudoLocalize } from '../pseudo.ts';

/**
 * Loads the full ICU reader into the catalogue: plurals, selects, numbers and the pseudo-locale.
 * Imported by the message files whose patterns need it (the engine's), so a first page that only
 * names parties does not carry it.
 */
installRichFormatting({ format: formatMessage, pseudoLocalize });
