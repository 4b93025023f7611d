import { generateAesKey } from '../../crypto/aes.ts';
import type { Bytes } from '../../crypto/bytes.ts';
import { importRsaOaepPublicKey, wrapAesKey } from '../../crypto/rsa.ts';
import { signMessage } from '../../crypto/signatures.ts';
import { signatureScheme } from '../exchange/verify-keys.ts';
import { freshNonce, helloAckPacket, keyPacket, transcriptBytes } from '../handshake/packets.ts';
import { describeAesKey, type SigningIdentity } from '../keyring.ts';
import { oscarTriesToRead } from '../oscar.ts';
import type { Packet } from '../types.ts';
import { copyAndForward } from './first-message.ts';
import type { OscarContext, OscarStrategy } from './strategy.ts';

/**
 * HELLO is framing, not security: Oscar answers it himself, as the server. He lets Alice's
 * HELLO reach Bob, answers HELLO+ACK before Bob can, drops Bob's, keeps Alice's ACK and
 * sends her an AES key of his own, wrapped with her public key (which is public). When the
 * handshake is signed he signs it too, with his own key: that only passes if Alice takes
 * his verify key for Bob's. Then he reads what she sends and passes it on to Bob.
 */
export const answerHello: OscarStrategy = {
  label: 'answers HELLO as the server (handshake)',
  scenarios: ['handshake'],
  searchMoves: [
    {
      id: 'answer-hello',
      group: 'handshake',
      scenarios: ['handshake'],
      fits: (packet) => packet.kind === 'hello' && packet.from === 'alice' && !packet.forgedBy,
      act: (hand, packet) => {
        // From here on he plays the server for Alice, as the strategy does.
        const intercept = answerHello.start(hand.context);
        hand.followUp = intercept;
        return intercept(packet);
      },
      says: () =>
        'Oscar answers Alice’s HELLO himself, in Bob’s name, and sends her an AES key of his own',
      stoppedBy: 'the server’s signature over the handshake, checked with Bob’s verify key',
    },
  ],
  start: (context) => {
    const transcript: Packet[] = [];
    return async (packet) => {
      const reading = await oscarTriesToRead(packet, context.oscar);
      if (packet.kind === 'hello' && packet.from === 'alice') {
        transcript.push(packet);
        const answer = await ownHelloAck(context);
        transcript.push(answer);
        return {
          action: { do: 'inject', with: [answer] },
          attempt: {
            readable: true,
            detail:
              'He lets it reach Bob, and answers Alice himself with a HELLO+ACK in Bob’s name.',
          },
        };
      }
      if (packet.kind === 'hello-ack' && packet.from === 'bob')
        return {
          action: { do: 'drop' },
          attempt: { readable: true, detail: 'Alice already has his answer: he drops Bob’s.' },
        };
      if (packet.kind === 'ack' && packet.from === 'alice') {
        const key = await ownKey(context, transcript);
        return {
          action: { do: 'replace', with: key.packet },
          attempt: { readable: true, detail: key.story },
        };
      }
      return copyAndForward(context, packet, reading);
    };
  },
};

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
        `Oscar has a signing key of his own, ${own.info.fingerprint.short}.`,
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
): Promise<{ packet: Packet; story: string }> {
  const key = await generateAesKey(context.config.aesBits);
  const info = await describeAesKey('session/oscar', 'oscar', key);
  context.keyGenerated(
    'oscar',
    info,
    `Oscar makes an AES key of his own, ${info.fingerprint.short}.`,
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
    story: `He keeps the ACK and sends Alice, in Bob’s name, his own AES key ${info.fingerprint.short} wrapped with her public key${signature ? ', the handshake signed with his own key' : ''}.`,
  };
}
