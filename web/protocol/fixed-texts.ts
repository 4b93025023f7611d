// What the parties of some scenarios write whatever the user typed, and what Oscar forges
// or changes unless told otherwise: the lines themselves are content (web/text/spoken.ts).
export {
  CLOSING_LINE,
  DEFAULT_FORGERY,
  DEFAULT_MESSAGE,
  KNOWN_ANNOUNCEMENT,
} from '../text/spoken.ts';
