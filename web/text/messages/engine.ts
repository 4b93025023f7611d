import { type Message, type Params, registerMessages } from '../catalogue.ts';
import { certificateMessages } from './engine/certificates.ts';
import { channelMessages } from './engine/channel.ts';
import { checkMessages } from './engine/checks.ts';
import { exchangeMessages } from './engine/exchange.ts';
import { handshakeMessages } from './engine/handshake.ts';
import { middleMessages } from './engine/in-the-middle.ts';
import { moveMessages } from './engine/moves.ts';
import { oscarMessages } from './engine/oscar.ts';
import { packetMessages } from './engine/packets.ts';
import { relayMessages } from './engine/relays.ts';
import { scenarioMessages } from './engine/scenarios.ts';
import { toyMessages } from './engine/toy.ts';
import './parties.ts';

/**
 * Every sentence the engine can say, by key, with its English pattern. The engine names a key
 * and its parameters (party ids, fingerprints, counts); the interface and the command line
 * render it. Each area's patterns live in a file of their own under engine/.
 */
export const engineMessages = {
  ...certificateMessages,
  ...channelMessages,
  ...checkMessages,
  ...exchangeMessages,
  ...handshakeMessages,
  ...middleMessages,
  ...moveMessages,
  ...oscarMessages,
  ...packetMessages,
  ...relayMessages,
  ...scenarioMessages,
  ...toyMessages,
} as const;

registerMessages(engineMessages);

export type EngineKey = keyof typeof engineMessages;

/** A sentence of the engine, not yet rendered. */
export type EngineText = Message<EngineKey>;

/** The engine's way to say something: a key it knows, and the data the sentence needs. */
export function say(key: EngineKey, params?: Params): EngineText {
  return params ? { key, params } : { key };
}
