import { installPseudoLocale } from '../catalogue.ts';
import { pseudoLocalize } from '../pseudo.ts';
import './rich-formatting.ts';

/**
 * The pseudo-locale, loaded when a link asks for it (load-locale.ts): its rewrite of each
 * pattern, and the full message reader it renders through.
 */
installPseudoLocale(pseudoLocalize);
