import { generateAesKey } from '../../crypto/aes.ts';
import type { Bytes } from '../../crypto/bytes.ts';
import { tryUtf8 } from '../../crypto/encoding.ts';
import { importRsaOaepPublicKey, wrapAesKey } from '../../crypto/rsa.ts';
import { signMessage } from '../../crypto/signatures.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
import { settingSays } from '../../text/messages/settings.ts';
import { signatureScheme } from '../exchange/verify-keys.ts';
import {
  type DirectionKeys,
  finishedMac,
  type KeySchedule,
  keySchedule,
  transcriptHash,
} from '../handshake/key-schedule.ts';
import {
  finishedPacket,
  freshNonce,
  helloAckPacket,
  keyPacket,
  transcriptBytes,
} from '../handshake/packets.ts';
import { CONTENT, openRecord } from '../handshake/records.ts';
import { describeAesKey, type SigningIdentity } from '../keyring.ts';
import type { Packet } from '../packet-types.ts';
import type { OscarContext } from './context.ts';
import { copyAndForward } from './first-message.ts';
import { oscarTriesToRead } from './holdings.ts';
import type { OscarStrategy } from './strategy.ts';

/**
 * HELLO is framing, not security: Oscar answers it himself, as the server. He lets Alice's
 * HELLO reach Bob, answers HELLO+ACK before Bob can, drops Bob's, keeps Alice's ACK and
 * sends her an AES key of his own, wrapped with her public key (which is public). When the
 * handshake is signed he signs it too, with his own key: that only passes if Alice takes
 * his verify key for Bob's. Then he reads what she sends and passes it on to Bob.
 *
 * Under the key schedule (TLS 1.3's shape) he lets the ACK reach Bob, sends Alice his key
 * and a Finished of his own (he holds the secret, so it verifies), drops Bob's key and
 * Finished, and opens Alice's records with the traffic keys he derived. Alice's Finished,
 * passed on to Bob, is the one thing he cannot make: Bob's check of it fails.
 */
export const answerHello: OscarStrategy = {
  label: settingSays('strategy.answer-hello'),
  defaults: {},
  scenarios: ['handshake'],
  searchMoves: [
    {
      id: 'answer-hello',
      group: 'handshake',
      scenarios: ['handshake'],
      fits: (packet) => packet.kind === 'hello' && packet.from === 'alice' && !packet.forgedBy,
      act: (hand, packet) => {
        // From here on he plays the server for Alice, as the strategy does.
        const intercept = answerHello.start(hand.context, {});
        hand.followUp = intercept;
        return intercept(packet);
      },
      says: () => say('move.answer-hello', { actor: 'oscar' }),
      stoppedBy: say('move.answer-hello.stopped-by'),
    },
  ],
  start: (context) => {
    const transcript: Packet[] = [];
    let records: { keys: DirectionKeys; next: number } | null = null;
    return async (packet) => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      if (packet.kind === 'hello' && packet.from === 'alice') {
        transcript.push(packet);
        const answer = await ownHelloAck(context);
        transcript.push(answer);
        return {
          action: { do: 'inject', with: [answer] },
          attempt: { readable: true, detail: say('attempt.answers-hello') },
        };
      }
      const bobsAnswer = ['hello-ack', 'wrapped-key', 'finished'].includes(packet.kind);
      if (packet.from === 'bob' && bobsAnswer)
        return {
          action: { do: 'drop' },
          attempt: { readable: true, detail: say('attempt.drops-bobs-answer') },
        };
      if (packet.kind === 'ack' && packet.from === 'alice') {
        const key = await ownKey(context, transcript);
        if (context.config.keySchedule !== 'tls13')
          return {
            action: { do: 'replace', with: key.packet },
            attempt: { readable: true, detail: key.story },
          };
        transcript.push(packet, key.packet);
        const confirmed = await ownFinished(context, transcript, key.secret);
        records = { keys: confirmed.schedule.client, next: 0 };
        return {
          action: { do: 'inject', with: [key.packet, confirmed.packet] },
          attempt: {
            readable: true,
            detail: say('attempt.own-key-and-finished', { story: key.story }),
          },
        };
      }
      if (records && packet.from === 'alice' && packet.messageId) {
        const opened = await openRecord(records.keys, records.next++, packet.fields);
        const text = opened?.type === CONTENT.applicationData ? tryUtf8(opened.content) : null;
        if (text !== null)
          return copyAndForward(context, packet, {
            readable: true,
            text,
            detail: say('attempt.record-opens-own-secret'),
          });
      }
      return copyAndForward(context, packet, reading);
    };
  },
};

/** His Finished for Alice, over the handshake as she saw it, under keys from his own secret. */
async function ownFinished(
  context: OscarContext,
  transcript: readonly Packet[],
  secret: Bytes,
): Promise<{ packet: Packet; schedule: KeySchedule }> {
  const hash = await transcriptHash(transcript);
  const schedule = await keySchedule(secret, hash, context.config.aesBits);
  const address = context.nextAddress('bob', 'alice');
  const packet: Packet = {
    ...finishedPacket(address, await finishedMac(schedule.server, hash)),
    id: `${address.id}-oscar`,
    forgedBy: 'oscar',
  };
  return { packet, schedule };
}

async function ownHelloAck(context: OscarContext): Promise<Packet> {
  const keysInHello = context.config.publicKeys === 'sent-in-hello';
  const signing = keysInHello ? await oscarSigning(context) : null;
  const address = context.nextAddress('bob', 'alice');
  const answer = helloAckPacket(
    address,
    freshNonce(),
    signing ? { verifyKey: signing.pair.spki } : {},
  );
  return { ...answer, id: `${address.id}-oscar`, forgedBy: 'oscar' };
}

const signingKeys = new WeakMap<OscarContext, Promise<SigningIdentity>>();

/** His own signing key, announced once per run. */
function oscarSigning(context: OscarContext): Promise<SigningIdentity> {
  let identity = signingKeys.get(context);
  if (!identity) {
    identity = (async () => {
      const { signatures, rsaBits } = context.config;
      const scheme = await signatureScheme(signatures === 'off' ? 'rsa-pss' : signatures);
      const own = await context.keys.signing('oscar', scheme, rsaBits);
      context.keyGenerated(
        'oscar',
        own.info,
        say('narration.oscar-signing-key', {
          actor: 'oscar',
          fingerprint: own.info.fingerprint.short,
        }),
      );
      return own;
    })();
    signingKeys.set(context, identity);
  }
  return identity;
}

/** Alice's public key: in HELLO when it travels there; otherwise public anyway, so he has it. */
async function alicesPublicKey(context: OscarContext, hello: Packet | undefined): Promise<Bytes> {
  const carried = hello?.fields.find((f) => f.name === 'public key')?.bytes;
  if (carried) return carried;
  return (await context.keys.rsa('alice', context.config.rsaBits)).pair.spki;
}

async function ownKey(
  context: OscarContext,
  transcript: readonly Packet[],
): Promise<{ packet: Packet; story: EngineText; secret: Bytes }> {
  const key = await generateAesKey(context.config.aesBits);
  const info = await describeAesKey('session/oscar', 'oscar', key);
  context.keyGenerated(
    'oscar',
    info,
    say('narration.oscar-aes-key', { actor: 'oscar', fingerprint: info.fingerprint.short }),
  );
  context.oscar.aes.push({ key, info });
  const aliceKey = await alicesPublicKey(context, transcript[0]);
  const wrapped = await wrapAesKey(await importRsaOaepPublicKey(aliceKey), key.raw);
  const address = context.nextAddress('bob', 'alice');
  const unsigned = keyPacket(address, wrapped, null);
  const signing = context.config.transcript === 'signed' ? await oscarSigning(context) : null;
  const signature = signing
    ? await signMessage(signing.pair.privateKey, transcriptBytes([...transcript, unsigned]))
    : null;
  const packet: Packet = {
    ...(signature ? keyPacket(address, wrapped, signature) : unsigned),
    id: `${address.id}-oscar`,
    forgedBy: 'oscar',
  };
  return {
    packet,
    secret: key.raw,
    story: say('attempt.own-key', {
      tls: context.config.keySchedule === 'tls13' ? 'yes' : 'no',
      fingerprint: info.fingerprint.short,
      signed: signature ? 'yes' : 'no',
    }),
  };
}
