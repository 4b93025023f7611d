import { generateAesKey, importAesKey } from '../../../crypto/aes.ts';
import { tryUtf8 } from '../../../crypto/encoding.ts';
import { importRsaOaepPublicKey, unwrapAesKey, wrapAesKey } from '../../../crypto/rsa.ts';
import { signMessage } from '../../../crypto/signatures.ts';
import { unlessVerificationFails } from '../../../crypto/verification-failure.ts';
import { say } from '../../../text/messages/engine.ts';
import type { CertificateForgery } from '../../config-types.ts';
import { describeAesKey, type EcdhIdentity, type SigningIdentity } from '../../keyring.ts';
import { decodeSequence, openMessage, type Protection, sealMessage } from '../../message-codec.ts';
import type { Packet } from '../../packet-types.ts';
import { fieldBytes, withField } from '../../packets.ts';
import type { PartyId } from '../../parties.ts';
import { deriveSessionKey, type SessionKey, transcriptOf } from '../../session-keys.ts';
import type { StolenKey } from '../../theft.ts';
import type { Interception, OscarContext } from '../context.ts';
import { bindingSeen } from '../holdings.ts';
import { forged, forward, type Handled } from './handled.ts';
import { OwnKeys } from './own-keys.ts';
import type { CertificateChoice } from './present-certificate.ts';
import { rewriteSafetyNumber } from './rewrite-safety-number.ts';
import { swapCertificate } from './swap-certificate.ts';
import { swapVerifyKey } from './swap-verify-key.ts';

/**
 * The active Oscar: he hands each side his own public key under the other's name, ends up
 * with a session key for each side, and decrypts, reads and re-encrypts every message.
 * Everything he does is real cryptography with keys he really holds.
 */
export class ManInTheMiddle {
  /** Public keys he has seen, by their real owner. */
  private readonly realKeys = new Map<PartyId, Uint8Array>();
  /** The public key he handed to each party in place of their peer's. */
  private readonly fakeKeyGivenTo = new Map<PartyId, Uint8Array>();
  private readonly sessions = new Map<PartyId, SessionKey>();
  private readonly own: OwnKeys;
  private readonly protection: Protection;

  private readonly stolen: readonly StolenKey[];
  private readonly certificate: CertificateChoice;

  /**
   * `stolen`: keys he took from Bob's computer. A certificate that vouches for one of them
   * he lets through, and he signs with it as Bob. `certificate`: what he presents in place
   * of Bob's certificate.
   */
  constructor(
    private readonly run: OscarContext,
    options: { stolen?: readonly StolenKey[]; certificate?: CertificateChoice } = {},
  ) {
    this.stolen = options.stolen ?? [];
    this.certificate = options.certificate ?? {};
    // Without signatures nothing travels inside the ciphertext but the text.
    this.protection = run.oscar.protection;
    this.own = new OwnKeys(run);
  }

  /** His decision on one packet; what he learned is told after the catch, in order. */
  async intercept(packet: Packet, forgery?: CertificateForgery): Promise<Interception> {
    const handled =
      packet.kind === 'certificate' && forgery
        ? await this.swapCertificate(packet, forgery)
        : await this.handle(packet);
    const learned = this.learned;
    this.learned = [];
    return {
      action: handled.action,
      attempt: handled.attempt,
      learned: () => {
        for (const tell of learned) tell();
      },
    };
  }

  private learned: (() => void)[] = [];

  /** A packet he lets pass unchanged: he keeps the public values it carries, by their owner. */
  observe(packet: Packet): void {
    const field =
      packet.kind === 'key-share'
        ? 'public value'
        : packet.kind === 'public-key'
          ? 'public key'
          : null;
    const bytes = field ? packet.fields.find((f) => f.name === field)?.bytes : undefined;
    if (bytes && !packet.forgedBy) this.realKeys.set(packet.from, bytes);
  }

  private async handle(packet: Packet): Promise<Handled> {
    switch (packet.kind) {
      case 'public-key':
        return this.swapRsaKey(packet);
      case 'key-share':
        return this.swapKeyShare(packet);
      case 'wrapped-key':
        return this.rewrapSessionKey(packet);
      case 'encrypted-message':
      case 'message':
        return this.relayMessage(packet);
      case 'verify-key':
        // Swapping verify keys only pays if he can also open and re-sign the messages.
        return this.run.config.keyExchange === 'pre-shared'
          ? forward(true, say('attempt.verify-key-useless'))
          : this.swapVerifyKey(packet);
      case 'certificate':
        return this.swapCertificate(packet);
      case 'safety-number':
        return this.rewriteChecksum(packet);
      case 'public-number':
      case 'plain-key':
        return forward(true, say('attempt.clear-copied'));
      case 'session-nonce':
        return forward(true, say('attempt.session-nonce-passes'));
      case 'hello':
      case 'hello-ack':
      case 'ack':
      case 'finished':
      case 'close':
        return forward(true, say('attempt.framing-passes'));
    }
  }

  private async swapRsaKey(packet: Packet): Promise<Handled> {
    const real = fieldBytes(packet, 'public key');
    const own = await this.own.rsa();
    this.realKeys.set(packet.from, real);
    this.fakeKeyGivenTo.set(packet.to, own.pair.spki);
    const realInfo = await this.run.keyRegistry.describe(real, 'rsa-public', 'RSA-OAEP');
    this.learned.push(() =>
      this.run.keyLearned(
        'oscar',
        realInfo,
        packet.from,
        say('narration.oscar-keeps-real-key', {
          actor: 'oscar',
          owner: packet.from,
          fingerprint: realInfo.fingerprint.short,
        }),
      ),
    );
    const fake = forged(packet, withField(packet, 'public key', own.pair.spki));
    return {
      action: { do: 'replace', with: fake },
      attempt: {
        readable: true,
        detail: say('attempt.swaps-key', {
          fingerprint: own.info.fingerprint.short,
          owner: packet.from,
        }),
      },
    };
  }

  private async swapKeyShare(packet: Packet): Promise<Handled> {
    const real = fieldBytes(packet, 'public value');
    const own = await this.own.ecdh();
    this.realKeys.set(packet.from, real);
    this.fakeKeyGivenTo.set(packet.to, own.pair.publicRaw);
    const realInfo = await this.run.keyRegistry.describe(real, 'ecdh-public', own.info.algorithm);
    this.learned.push(() =>
      this.run.keyLearned(
        'oscar',
        realInfo,
        packet.from,
        say('narration.oscar-keeps-real-value', {
          actor: 'oscar',
          owner: packet.from,
          fingerprint: realInfo.fingerprint.short,
        }),
      ),
    );
    await this.shareSessions(own);
    let fake = forged(packet, withField(packet, 'public value', own.pair.publicRaw));
    let stolenWith = 'none';
    if (packet.fields.some((f) => f.name === 'signature')) {
      // The value must carry a signature by the key in the certificate he presented (or
      // let through, when he stole the key it vouches for).
      const stolen = this.stolenSigning();
      const signer = stolen ?? (await this.own.signing('ECDSA-P256'));
      if (stolen) stolenWith = stolen.info.fingerprint.short;
      fake = withField(
        fake,
        'signature',
        // Bob's signature covers the transcript as Alice will see it: her value, then his.
        await signMessage(
          signer.pair.privateKey,
          transcriptOf(this.realKeys.get('alice') ?? new Uint8Array(), own.pair.publicRaw),
        ),
      );
    }
    return {
      action: { do: 'replace', with: fake },
      attempt: {
        readable: true,
        detail: say('attempt.swaps-value', {
          fingerprint: own.info.fingerprint.short,
          owner: packet.from,
          stolen: stolenWith,
        }),
      },
    };
  }

  /**
   * The session key of every side that took his value for its peer's and whose own value he
   * has seen: it combines his value with its private key, so his private key and its public
   * value give the same secret. The transcript is as that side saw it, Alice's value first.
   */
  private async shareSessions(own: EcdhIdentity): Promise<void> {
    for (const side of ['alice', 'bob'] as const) {
      const theirs = this.realKeys.get(side);
      if (this.sessions.has(side) || !theirs || !this.fakeKeyGivenTo.has(side)) continue;
      const transcript =
        side === 'alice'
          ? transcriptOf(theirs, own.pair.publicRaw)
          : transcriptOf(own.pair.publicRaw, theirs);
      const key = await deriveSessionKey(own.pair.curve, own.pair.privateKey, theirs, transcript);
      const info = await describeAesKey(`session/oscar-${side}`, side, key);
      this.sessions.set(side, { key, info });
      this.learned.push(() =>
        this.run.keyLearned(
          'oscar',
          info,
          side,
          say('narration.oscar-shares-session', {
            actor: 'oscar',
            peer: side,
            fingerprint: info.fingerprint.short,
          }),
        ),
      );
    }
  }

  private async rewrapSessionKey(packet: Packet): Promise<Handled> {
    const own = await this.own.rsa();
    const fromSender = await unlessVerificationFails(() =>
      unwrapAesKey(own.pair.privateKey, fieldBytes(packet, 'wrapped key')),
    );
    if (!fromSender) {
      return forward(false, say('attempt.not-wrapped-for-him'));
    }
    const recipientKey = this.realKeys.get(packet.to);
    const theirs = await importAesKey(fromSender);
    const withSender: SessionKey = {
      key: theirs,
      info: await describeAesKey(`session/${packet.from}`, packet.from, theirs),
    };
    this.sessions.set(packet.from, withSender);
    if (!recipientKey) {
      return forward(
        true,
        say('attempt.opens-session-key', { fingerprint: withSender.info.fingerprint.short }),
      );
    }
    const forRecipient = await generateAesKey(theirs.bits);
    const withRecipient: SessionKey = {
      key: forRecipient,
      info: await describeAesKey(`session/oscar-${packet.to}`, 'oscar', forRecipient),
    };
    this.sessions.set(packet.to, withRecipient);
    const rewrapped = await wrapAesKey(
      await importRsaOaepPublicKey(recipientKey),
      forRecipient.raw,
    );
    const fake = forged(packet, withField(packet, 'wrapped key', rewrapped));
    this.learned.push(() => {
      this.run.keyLearned(
        'oscar',
        withSender.info,
        packet.from,
        say('narration.oscar-holds-session-key', {
          actor: 'oscar',
          owner: packet.from,
          fingerprint: withSender.info.fingerprint.short,
        }),
      );
      this.run.keyGenerated(
        'oscar',
        withRecipient.info,
        say('narration.oscar-second-session-key', {
          to: packet.to,
          fingerprint: withRecipient.info.fingerprint.short,
        }),
      );
    });
    return {
      action: { do: 'replace', with: fake },
      attempt: {
        readable: true,
        detail: say('attempt.wrapped-for-him', { fingerprint: own.info.fingerprint.short }),
      },
    };
  }

  /** Opens a message with the key he shares with its sender, reads it, and re-seals it for its recipient. */
  private async relayMessage(packet: Packet): Promise<Handled> {
    const encrypted = packet.kind === 'encrypted-message';
    const fromSender = encrypted ? (this.sessions.get(packet.from) ?? null) : null;
    if (encrypted && !fromSender) return forward(false, say('attempt.no-key-for-it'));
    // Bound numbers: the session id is public, so he binds his copies exactly as Alice and Bob do.
    const binding = bindingSeen(packet, this.run.oscar);
    const opened = await openMessage(packet.fields, fromSender, this.protection, binding);
    const text = opened.ok ? tryUtf8(opened.plaintext) : null;
    if (text === null) return forward(false, say('attempt.cannot-open'));
    const id = packet.messageId ?? packet.id;
    this.learned.push(() =>
      this.run.read('oscar', id, text, say('narration.oscar-reads', { actor: 'oscar', text })),
    );
    const toRecipient = encrypted ? (this.sessions.get(packet.to) ?? null) : null;
    if (encrypted && !toRecipient)
      return forward(
        true,
        say('attempt.his-key-opens', { fingerprint: fromSender?.info.fingerprint.short ?? '' }),
      );
    const signer =
      this.run.config.signatures === 'off' ? null : (await this.own.signing()).pair.privateKey;
    if (!encrypted && !signer) return forward(true, say('attempt.plain-passes'));
    const fake = forged(packet, {
      ...packet,
      // A sequence number is kept as it came: changing it would give the relay away.
      fields: await sealMessage(
        text,
        toRecipient,
        this.protection,
        signer,
        opened.ok && opened.sequence ? decodeSequence(opened.sequence) : null,
        binding,
      ),
    });
    const resigned = signer ? 'yes' : 'no';
    return {
      action: { do: 'replace', with: fake },
      attempt: {
        readable: true,
        detail: encrypted
          ? say('attempt.re-encrypts', {
              from: packet.from,
              fromKey: fromSender?.info.fingerprint.short ?? '',
              resigned,
              to: packet.to,
              toKey: toRecipient?.info.fingerprint.short ?? '',
            })
          : say('attempt.reads-passes', { resigned }),
      },
    };
  }

  /** His own signing key goes out under the sender's name, so his signatures will verify. */
  private async swapVerifyKey(packet: Packet): Promise<Handled> {
    const { handled, learned } = await swapVerifyKey(this.run, this.own, packet);
    this.learned.push(learned);
    return handled;
  }

  /** Bob's ECDSA key that he stole, if he did: what Bob's certificate vouches for under ECDH. */
  private stolenSigning(): SigningIdentity | null {
    for (const key of this.stolen)
      if (key.kind === 'signing' && key.identity.pair.scheme === 'ECDSA-P256') return key.identity;
    return null;
  }

  /** He puts a certificate of his choosing (or none) in place of Bob's. */
  private async swapCertificate(packet: Packet, forgery?: CertificateForgery): Promise<Handled> {
    const { handled, vouchesFor } = await swapCertificate(this.run, packet, {
      own: this.own,
      stolen: this.stolen,
      choice: this.certificate,
      ...(forgery ? { forgery } : {}),
    });
    this.realKeys.set(packet.from, vouchesFor);
    return handled;
  }

  /** Seed 004's automatic checksum: he recomputes it over the keys the recipient holds. */
  private rewriteChecksum(packet: Packet): Promise<Handled> {
    return rewriteSafetyNumber(
      packet,
      this.fakeKeyGivenTo.get(packet.to),
      this.realKeys.get(packet.to),
    );
  }
}
