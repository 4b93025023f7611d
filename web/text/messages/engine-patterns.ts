import { registerMessages } from '../catalogue.ts';
import { certificateMessages } from './engine/certificates.ts';
import { channelMessages } from './engine/channel.ts';
import { checkMessages } from './engine/checks.ts';
import { exchangeMessages } from './engine/exchange.ts';
import { fieldMessages } from './engine/fields.ts';
import { handshakeMessages } from './engine/handshake.ts';
import { middleMessages } from './engine/in-the-middle.ts';
import { moveMessages } from './engine/moves.ts';
import { oscarMessages } from './engine/oscar.ts';
import { packetMessages } from './engine/packets.ts';
import { relayMessages } from './engine/relays.ts';
import { scenarioMessages } from './engine/scenarios.ts';
import { toyMessages } from './engine/toy.ts';
import './parties.ts';
import './rich-formatting.ts';

/**
 * Every sentence the engine can say, by key, with its English pattern, registered as this
 * module loads. It loads with the engine (web/protocol/engine.ts, every run comes from it) and,
 * where the engine runs in a worker, on the page beside it (ui/workers/engine-text.ts), so a
 * trace's messages always render; it stays out of pages that only name keys.
 */
export const engineMessages = {
  ...certificateMessages,
  ...channelMessages,
  ...checkMessages,
  ...exchangeMessages,
  ...fieldMessages,
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
