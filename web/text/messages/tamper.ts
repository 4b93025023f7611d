import './rich-formatting.ts';
import { type Message, messageOf, type Params, registerMessages } from '../catalogue.ts';

/**
 * The byte picker of the tampering lesson (web/protocol/tamper-target.ts names the keys): how it
 * names the byte Oscar assumes, and why it cannot aim at the one picked.
 */
export const tamperMessages = {
  'tamper.pick-a-byte': 'Pick a byte inside the message.',
  'tamper.signature-byte':
    'That byte belongs to the signature: Oscar cannot know it, so he cannot aim.',
  'tamper.one-byte-character':
    'Type one character that is a single byte in UTF-8 (a–z, 0–9, punctuation).',
  'tamper.unknown': '?',
  'tamper.signature': 'signature (unknown)',
  'tamper.length': 'signature length',
  'tamper.character': '“{char}”',
  'tamper.character-part': '“{char}” (byte {part} of {parts})',
} as const;

registerMessages(tamperMessages);

export type TamperKey = keyof typeof tamperMessages;

/** A byte's name or a reason, not yet rendered. */
export type TamperText = Message<TamperKey>;

export function tamperSays(key: TamperKey, params?: Params): TamperText {
  return messageOf(key, params);
}
