/**
 * What the parties say: the lines of the lessons' conversations, sent as bytes. They are
 * content, not the interface: the lessons' expected outcomes, the test vectors and the byte
 * Oscar flips by default all rest on them exactly, so they are not run through the catalogue
 * (a lesson told in another language would bring its own lines and its own expected outcomes).
 */

/** What Alice sends unless the user or the step writes another message. */
export const DEFAULT_MESSAGE = 'I will meet you at the central square at 3 PM.';

/** Bob's fixed reply after the user's own message, as in seed 000's example. */
export const BOB_REPLY = 'Okay Alice, I got you. I can’t wait to see you again!';

/** What seed 003's client sends once connected: the user's message, then a second line. */
export const SECOND_MESSAGE = 'If it rains, the library instead.';

/** The payment order of the lessons on tampering, replay and Oscar's guesses. */
export const PAYMENT_ORDER = 'pay 100 to Carol';

/** Orders Oscar may guess the encrypted one is: the amount is all that differs. */
export const GUESSED_ORDERS = ['pay 50 to Carol', PAYMENT_ORDER, 'pay 900 to Carol'] as const;

/** What Oscar writes in Alice's name when he forges a message. */
export const DEFAULT_FORGERY = 'pay 900 to Oscar';

/** After the payment order: the orders the replay lesson's Alice sends next. */
export const REPLAY_FOLLOW_UPS = ['cancel the payment to Carol', 'done'] as const;

/** Alice's second order in each of two sessions: different, so a session's replay shows. */
export const SECOND_ORDERS = ['pay 20 to Dave', 'pay 50 to Erin'] as const;

/**
 * The nonce-reuse lesson's first message: public (Alice posts it every morning), so Oscar
 * knows its text without decrypting anything.
 */
export const KNOWN_ANNOUNCEMENT = 'Good morning! Today’s payments follow in the next message.';

/** The nonce-reuse lesson's last message under GCM: its tag tells Oscar which candidate is H. */
export const CLOSING_LINE = 'End of today’s payments.';
