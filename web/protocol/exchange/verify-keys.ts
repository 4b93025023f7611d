import {
  ed25519Supported,
  importVerifyKey,
  type SignatureScheme,
} from '../../crypto/signatures.ts';
import { say } from '../../text/messages/engine.ts';
import type { SignatureChoice } from '../config-types.ts';
import { fieldBytes, publicKeyPacket } from '../packets.ts';
import type { PartyId } from '../parties.ts';
import type { Run } from '../run.ts';

/** Who signs with what, and which key each reader holds as their peer's verify key. */
export interface Signing {
  readonly scheme: SignatureScheme;
  readonly signers: Readonly<Partial<Record<PartyId, CryptoKey>>>;
  /** By reader: the key they hold as the other side's. */
  readonly verifiers: Readonly<Partial<Record<PartyId, CryptoKey>>>;
}

/** The scheme for a choice; Ed25519 falls back to ECDSA P-256 where the browser lacks it. */
export async function signatureScheme(
  choice: Exclude<SignatureChoice, 'off'>,
): Promise<SignatureScheme> {
  if (choice === 'rsa-pss') return 'RSA-PSS';
  if (choice === 'ed25519' && (await ed25519Supported())) return 'Ed25519';
  return 'ECDSA-P256';
}

/** Alice and Bob make signing key pairs and send each other the public halves. */
export async function exchangeVerifyKeys(run: Run): Promise<Signing | null> {
  const { signatures, rsaBits } = run.config;
  if (signatures === 'off') return null;
  const scheme = await signatureScheme(signatures);
  const signers: Partial<Record<PartyId, CryptoKey>> = {};
  const verifiers: Partial<Record<PartyId, CryptoKey>> = {};
  for (const [from, to] of [
    ['alice', 'bob'],
    ['bob', 'alice'],
  ] as const) {
    const own = await run.keys.signing(from, scheme, rsaBits);
    signers[from] = own.pair.privateKey;
    run.keyGenerated(
      from,
      own.info,
      say('narration.signing-key-pair', {
        actor: from,
        algorithm: own.info.algorithm,
        fingerprint: own.info.fingerprint.short,
      }),
    );
    const arrived = await run.transmit(
      publicKeyPacket(
        run.nextAddress(from, to),
        say('packet.verify-key', { owner: from }),
        own.pair.spki,
        'verify-key',
      ),
      say('narration.sends-verify-key', {
        actor: from,
        fingerprint: own.info.fingerprint.short,
        to,
      }),
    );
    const spki = fieldBytes(arrived, 'public key');
    verifiers[to] = await importVerifyKey(scheme, spki);
    const info = await run.keyRegistry.describe(spki, 'signing-public', own.info.algorithm);
    run.keyLearned(
      to,
      info,
      from,
      say('narration.stores-verify-key', {
        actor: to,
        fingerprint: info.fingerprint.short,
        owner: from,
      }),
    );
  }
  return { scheme, signers, verifiers };
}
