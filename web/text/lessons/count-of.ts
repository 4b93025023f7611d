/**
 * Pattern fragments the lessons' explanations share, so that each is written once. `countOf('read')`
 * reads the parameters `read`, `readOf` and `readShare` (lessons/types.ts computes them):
 * "none of the 3", "both", "all 3", "1 of 3".
 */
export const countOf = (name: string): string =>
  `{${name}Share, select, none {none of the {${name}Of}} both {both} all {all {${name}Of}} other {{${name}} of {${name}Of}}}`;

/** "nothing" or the check's name, from the parameters `caught` and `check`. */
export const DETECTED = '{caught, select, yes {{check}} other {nothing}}';
