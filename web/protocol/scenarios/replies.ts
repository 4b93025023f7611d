/** The scenario's fixed lines after the user's own message, as in the seed's example. */
export const BOB_REPLY = 'Okay Alice, I got you. I can’t wait to see you again!';
export const DEFAULT_MESSAGE = 'I will meet you at the central square at 3 PM.';
