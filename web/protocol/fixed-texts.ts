// What the parties of some scenarios write whatever the user typed, and what Oscar forges
// or changes unless told otherwise.

/**
 * The nonce-reuse lesson's first message: public (Alice posts it every morning), so Oscar
 * knows its text without decrypting anything.
 */
export const KNOWN_ANNOUNCEMENT = 'Good morning! Today’s payments follow in the next message.';

/** The nonce-reuse lesson's last message under GCM: its tag tells Oscar which candidate is H. */
export const CLOSING_LINE = 'End of today’s payments.';

/** What Oscar writes in Alice's name when he forges a message. */
export const DEFAULT_FORGERY = 'pay 900 to Oscar';

/** What Alice sends unless the user or the step writes another message. */
export const DEFAULT_MESSAGE = 'I will meet you at the central square at 3 PM.';
