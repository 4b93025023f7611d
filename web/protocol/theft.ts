import type { EcdhCurve } from '../crypto/ecdh.ts';
import type { SignatureScheme } from '../crypto/signatures.ts';
import type { ScenarioConfig } from './config-types.ts';
import type { TraceEvent } from './events.ts';
import type {
  EcdhIdentity,
  KeyCache,
  KeyOwner,
  RsaIdentity,
  SharedKey,
  SigningIdentity,
} from './keyring.ts';
import { knowledgeAt } from './knowledge.ts';
import type { KeyInfo } from './packet-types.ts';

/** A key someone copied out of a party's store: the secret half, ready to use. */
export type StolenKey =
  | { readonly kind: 'rsa'; readonly identity: RsaIdentity }
  | { readonly kind: 'ecdh'; readonly identity: EcdhIdentity }
  | { readonly kind: 'signing'; readonly identity: SigningIdentity }
  | { readonly kind: 'aes'; readonly identity: SharedKey };

export function stolenInfo(stolen: StolenKey): KeyInfo {
  return stolen.identity.info;
}

/**
 * Everything `party` still holds after the events so far: its key pairs and symmetric keys
 * that it has not erased. Nothing is assumed about what it "should" hold: the list is the
 * party's own key list (web/protocol/knowledge.ts), each key taken out of its long-term
 * store and checked to be that very key.
 */
export async function stealFrom(
  events: readonly TraceEvent[],
  keys: KeyCache,
  config: ScenarioConfig,
  party: KeyOwner,
): Promise<StolenKey[]> {
  const held = knowledgeAt(events, events.length)
    .of(party)
    .keys.filter((k) => !k.erased && (k.hasPrivate || k.key.kind === 'aes'));
  const stolen: StolenKey[] = [];
  const seen = new Set<string>();
  for (const { key } of held) {
    if (seen.has(key.fingerprint.hex)) continue;
    seen.add(key.fingerprint.hex);
    stolen.push(await fromStore(keys, config, party, key));
  }
  return stolen;
}

async function fromStore(
  keys: KeyCache,
  config: ScenarioConfig,
  party: KeyOwner,
  key: KeyInfo,
): Promise<StolenKey> {
  let found: StolenKey;
  switch (key.kind) {
    case 'rsa-public':
      found = { kind: 'rsa', identity: await keys.rsa(party, config.rsaBits) };
      break;
    case 'ecdh-public':
      found = { kind: 'ecdh', identity: await keys.ecdh(party, curveOf(key)) };
      break;
    case 'signing-public':
      found = {
        kind: 'signing',
        identity: await keys.signing(party, schemeOf(key), config.rsaBits),
      };
      break;
    case 'aes':
      found = { kind: 'aes', identity: await keys.preShared(config.aesBits) };
      break;
  }
  if (stolenInfo(found).fingerprint.hex !== key.fingerprint.hex)
    throw new Error(
      `${key.id} is in the key list but not in the long-term store: it cannot be stolen.`,
    );
  return found;
}

function curveOf(key: KeyInfo): EcdhCurve {
  return key.algorithm === 'X25519' ? 'X25519' : 'P-256';
}

function schemeOf(key: KeyInfo): SignatureScheme {
  return key.algorithm === 'ECDSA P-256' ? 'ECDSA-P256' : (key.algorithm as SignatureScheme);
}
