import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set this to read the vectors from another folder. */
export const VECTORS_DIR_ENV = 'HANDSHAKE_VECTORS_DIR';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type WycheproofResult = 'valid' | 'invalid' | 'acceptable';

export interface WycheproofTest {
  readonly tcId: number;
  readonly comment: string;
  readonly flags: readonly string[];
  readonly result: WycheproofResult;
}

export interface WycheproofGroup<T extends WycheproofTest> {
  readonly type: string;
  readonly tests: readonly T[];
}

export interface WycheproofFile<G extends WycheproofGroup<WycheproofTest>> {
  readonly algorithm: string;
  readonly numberOfTests: number;
  readonly testGroups: readonly G[];
}

/** One test together with the parameters its group shares. */
export interface WycheproofCase<G extends WycheproofGroup<WycheproofTest>> {
  readonly group: G;
  readonly test: G['tests'][number];
}

// Byte strings are lowercase hex; JWK fields are base64url.

export interface AeadGroup extends WycheproofGroup<AeadTest> {
  readonly keySize: number;
  readonly ivSize: number;
  readonly tagSize: number;
}
export interface AeadTest extends WycheproofTest {
  readonly key: string;
  readonly iv: string;
  readonly aad: string;
  readonly msg: string;
  readonly ct: string;
  readonly tag: string;
}

export interface RsaOaepGroup extends WycheproofGroup<RsaOaepTest> {
  readonly keySize: number;
  readonly sha: string;
  readonly mgf: string;
  readonly mgfSha: string;
  readonly privateKeyPkcs8: string;
}
export interface RsaOaepTest extends WycheproofTest {
  readonly msg: string;
  readonly ct: string;
  readonly label: string;
}

export interface EcdhJwkGroup extends WycheproofGroup<EcdhJwkTest> {
  readonly curve: string;
}
export interface EcdhJwkTest extends WycheproofTest {
  readonly public: JsonWebKey;
  readonly private: JsonWebKey;
  readonly shared: string;
}

export interface XdhGroup extends WycheproofGroup<XdhTest> {
  readonly curve: string;
}
export interface XdhTest extends WycheproofTest {
  readonly public: string;
  readonly private: string;
  readonly shared: string;
}

export interface XdhJwkGroup extends WycheproofGroup<XdhJwkTest> {
  readonly curve: string;
}
export interface XdhJwkTest extends WycheproofTest {
  readonly public: JsonWebKey;
  readonly private: JsonWebKey;
  readonly shared: string;
}

export interface SignatureVerifyTest extends WycheproofTest {
  readonly msg: string;
  readonly sig: string;
}

export interface EcdsaGroup extends WycheproofGroup<SignatureVerifyTest> {
  readonly publicKey: { readonly curve: string };
  readonly publicKeyDer: string;
  readonly sha: string;
}

export interface RsaPssGroup extends WycheproofGroup<SignatureVerifyTest> {
  readonly keySize: number;
  readonly sha: string;
  readonly mgf: string;
  readonly mgfSha: string;
  readonly sLen: number;
  readonly publicKeyDer: string;
}

export interface EddsaGroup extends WycheproofGroup<SignatureVerifyTest> {
  readonly publicKey: { readonly curve: string };
  readonly publicKeyDer: string;
}

export function vectorsDir(): string {
  const override = process.env[VECTORS_DIR_ENV];
  return override
    ? path.resolve(override)
    : path.resolve(REPO_ROOT, 'web/crypto/testing/vectors/wycheproof');
}

/** Reads one Wycheproof JSON file; the type parameter is trusted, not checked. */
export function loadWycheproof<G extends WycheproofGroup<WycheproofTest>>(
  fileName: string,
): WycheproofFile<G> {
  const dir = vectorsDir();
  if (!existsSync(dir)) {
    const where = process.env[VECTORS_DIR_ENV]
      ? `${VECTORS_DIR_ENV} points to ${dir}, which does not exist`
      : `expected them in ${dir}, vendored in the repository (or set ${VECTORS_DIR_ENV} to their folder)`;
    throw new Error(`Wycheproof test vectors not found: ${where}.`);
  }
  const file = path.join(dir, fileName);
  if (!existsSync(file))
    throw new Error(`Wycheproof vector file ${fileName} is missing from ${dir}.`);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as WycheproofFile<G>;
  const count = parsed.testGroups.reduce((sum, group) => sum + group.tests.length, 0);
  if (count !== parsed.numberOfTests) {
    throw new Error(`${fileName} declares ${parsed.numberOfTests} tests but holds ${count}.`);
  }
  return parsed;
}

export function casesOf<G extends WycheproofGroup<WycheproofTest>>(
  file: WycheproofFile<G>,
): WycheproofCase<G>[] {
  return file.testGroups.flatMap((group) => group.tests.map((test) => ({ group, test })));
}

/** A readable test name: "tcId 12 invalid: first byte of l_hash modified". */
export function caseName(test: WycheproofTest): string {
  return `tcId ${test.tcId} ${test.result}: ${test.comment || test.flags.join(', ')}`;
}
