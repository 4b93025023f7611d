import {
  ed25519Supported,
  importVerifyKey,
  type SignatureScheme,
} from '../../crypto/signatures.ts';
import type { SignatureChoice } from '../config-types.ts';
import { fieldBytes, publicKeyPacket } from '../packets.ts';
import { type PartyId, partyName } from '../parties.ts';
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
      `${partyName(from)} has a ${own.info.algorithm} signing key pair ${own.info.fingerprint.short}.`,
    );
    const arrived = await run.transmit(
      publicKeyPacket(
        run.nextAddress(from, to),
        `${partyName(from)}’s verify key`,
        own.pair.spki,
        'verify-key',
      ),
      `${partyName(from)} sends the public half of the signing key, ${own.info.fingerprint.short}, so that ${partyName(to)} can check signatures.`,
    );
    const spki = fieldBytes(arrived, 'public key');
    verifiers[to] = await importVerifyKey(scheme, spki);
    const info = await run.keyRegistry.describe(spki, 'signing-public', own.info.algorithm);
    run.keyLearned(
      to,
      info,
      from,
      `${partyName(to)} stores ${info.fingerprint.short} as ${partyName(from)}’s verify key.`,
    );
  }
  return { scheme, signers, verifiers };
}
