import { allowedParent, invalidParentWarning } from '../../ui/embed/deck-messages.ts';

/** The frame's line to the deck around it. Exists only when the page is framed. */
export interface ParentChannel {
  /** May this message drive the frame? Only the parent window may, and only from `?parent=`. */
  accepts(event: MessageEvent): boolean;
  /** Answers a message, to the origin it came from and to nobody else. */
  reply(event: MessageEvent, message: string): void;
  /** Tells the deck something unasked: a new step, the outcome, "go to your next slide". */
  post(message: string): void;
  /** Gives the keyboard back to the deck, so that its next key press moves the deck. */
  returnFocus(): void;
}

export function createParentChannel(win: Window): ParentChannel | null {
  if (win.parent === win) return null;
  const allowed = allowedParent(win.location.search);
  // Said once, when the frame opens its line to the deck: a typo must not fail in silence.
  const warning = invalidParentWarning(win.location.search);
  if (warning) console.warn(warning);
  // Without ?parent=, events go to whichever origin last drove the frame; before that, to the
  // parent whatever its origin ('*', as reveal.js posts its own): they carry only the lesson,
  // the step and the event counts, never keys or messages.
  let driver: string | null = null;
  return {
    accepts: (event) => {
      if (event.source !== win.parent || allowed === 'invalid') return false;
      if (allowed !== null && event.origin !== allowed) return false;
      driver = event.origin;
      return true;
    },
    reply: (event, message) => {
      (event.source as Window).postMessage(message, { targetOrigin: event.origin });
    },
    post: (message) => {
      if (allowed === 'invalid') return;
      win.parent.postMessage(message, { targetOrigin: allowed ?? driver ?? '*' });
    },
    returnFocus: () => {
      if (win.document.activeElement instanceof HTMLElement) win.document.activeElement.blur();
      // One of the few calls a frame may make on a parent of another origin.
      win.parent.focus();
    },
  };
}
