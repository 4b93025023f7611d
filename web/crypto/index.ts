/**
 * The door into web/crypto for the layers above the engine: everything they may use, and
 * nothing else. Modules behind it change freely as long as these names keep their meaning.
 */
export { toBase64, toHex, tryUtf8 } from './encoding.ts';
export type { WrappedTwice } from './oaep-twice.ts';
export { wrapSameKeyTwice } from './oaep-twice.ts';
export type { ToyGroup } from './toy-dh.ts';
export {
  bruteForceDiscreteLog,
  modPow,
  multiplicationPublicValue,
  multiplicationSharedSecret,
  randomBelow,
  recoverSecretByDivision,
  SEED_001_NUMBERS,
  TOY_GROUPS,
} from './toy-dh.ts';
export type { OpensslFile } from './x509.ts';
export { commandLine, OPENSSL_COMMANDS } from './x509-openssl-commands.ts';
