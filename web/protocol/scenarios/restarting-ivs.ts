import { GCM_IV_BYTES } from '../../crypto/aes.ts';
import { CTR_BLOCK_BYTES } from '../../crypto/aes-ctr.ts';
import { tryUtf8, utf8Encode } from '../../crypto/encoding.ts';
import { say } from '../../text/messages/engine.ts';
import { establish } from '../conversation.ts';
import { KNOWN_ANNOUNCEMENT } from '../fixed-texts.ts';
import { openMessage } from '../message-codec.ts';
import { messagePacket } from '../packets.ts';
import { directTopology } from '../topology.ts';
import { sealWithNonce } from './nonce-reuse.ts';
import type { Scenario } from './scenario.ts';

/** The IV or counter block of the n-th message of a session: n, big-endian. */
function counterNonce(cipher: string, n: number): Uint8Array {
  const nonce = new Uint8Array(cipher === 'aes-gcm' ? GCM_IV_BYTES : CTR_BLOCK_BYTES);
  new DataView(nonce.buffer).setUint32(nonce.length - 4, n);
  return nonce;
}

/**
 * A device that keeps no state between sessions numbers its IVs from 1 in each one. Two
 * sessions: in the first Alice posts her public morning announcement, in the second the
 * user's message, each as message 1. Whether that repeats a key stream depends on the key
 * exchange: a fresh session key makes the same IV harmless; a long-term key does not.
 */
export const restartingIvs: Scenario = {
  id: 'restarting-ivs',
  topology: (_config, plan) => directTopology(plan),
  play: async (run) => {
    for (const [session, text] of [KNOWN_ANNOUNCEMENT, run.config.message].entries()) {
      const keys = await establish(run);
      if (keys === undefined) return;
      const messageId = run.write('alice', 'bob', text);
      const nonce = counterNonce(run.config.cipher, 1);
      const alice = keys?.alice ?? null;
      const fields = alice
        ? await sealWithNonce(run, alice, utf8Encode(text), nonce)
        : [{ name: 'text', bytes: utf8Encode(text) }];
      const packet = messagePacket(run.nextAddress('alice', 'bob'), messageId, fields, !!alice);
      for (const arrived of await run.send(
        packet,
        say('narration.session-restarted-iv', {
          session: String(session + 1),
          actor: 'alice',
          encrypted: alice ? 'yes' : 'no',
        }),
      )) {
        const protection = { cipher: run.config.cipher, placement: 'clear' as const };
        const opened = await openMessage(arrived.fields, keys?.bob ?? null, protection);
        const read = opened.ok ? tryUtf8(opened.plaintext) : null;
        if (read === null)
          run.emit({
            type: 'message-rejected',
            actor: 'bob',
            messageId,
            reason: opened.ok ? say('reason.not-valid-text-short') : opened.reason,
            narration: say('narration.rejects-message', { actor: 'bob' }),
          });
        else
          run.read(
            'bob',
            messageId,
            read,
            say('narration.decrypts-quoted', { actor: 'bob', text: read }),
          );
      }
    }
  },
};
