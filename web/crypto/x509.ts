// Certificates: the entry the app loads lazily (it pulls in @peculiar/x509).

export {
  type CertificateCheck,
  type CertificateCheckId,
  type CertificateVerdict,
  type CheckCertificateOptions,
  checkCertificate,
  formatUtc,
} from './x509-checks.ts';
export {
  certificateToPem,
  exportPrivateKeyPem,
  type OpensslFile,
  type OpensslFilesInput,
  opensslFiles,
  privateKeyToPem,
  publicKeyToPem,
} from './x509-export.ts';
export {
  CA_KEY_ALGORITHM,
  type CertificateAuthority,
  type CreateCertificateAuthorityOptions,
  createCertificateAuthority,
  type IssueCertificateOptions,
  type IssuedCertificate,
  issueCertificate,
  replacePublicKey,
  type SelfSignedOptions,
  selfSignedCertificate,
} from './x509-issue.ts';
export {
  commandLine,
  OPENSSL_COMMANDS,
  OPENSSL_FILES,
  type OpensslCommand,
  type OpensslCommandId,
  opensslScript,
} from './x509-openssl-commands.ts';
export {
  type PastedKeyAlgorithm,
  type PastedKind,
  type PastedPem,
  parsePastedPem,
} from './x509-paste.ts';
export {
  type CertificateInfo,
  KEY_USAGE_NAMES,
  type KeyUsageName,
  parseCertificate,
} from './x509-read.ts';
export { ensureX509 } from './x509-setup.ts';
