/** The files the export panel offers, by the names the commands below use. */
export const OPENSSL_FILES = {
  caCertificate: 'ca.pem',
  certificate: 'bob.pem',
  privateKey: 'bob-key.pem',
  publicKey: 'bob-pub.pem',
  wrappedKey: 'wrapped.bin',
  /** Written by the unwrap command. */
  unwrappedKey: 'aes-key.bin',
} as const;

export type OpensslCommandId =
  | 'show-certificate'
  | 'verify-chain'
  | 'certified-key'
  | 'unwrap-key'
  | 'show-aes-key';

export interface OpensslCommand {
  readonly id: OpensslCommandId;
  /** What the command shows, in one sentence. */
  readonly purpose: string;
  /** What to look for in its output. */
  readonly expect: string;
  /** Program and arguments, run in the folder that holds the files. */
  readonly argv: readonly string[];
}

const F = OPENSSL_FILES;

/** The commands that check this page's work with OpenSSL 3, in the order to run them. */
export const OPENSSL_COMMANDS: readonly OpensslCommand[] = [
  {
    id: 'show-certificate',
    purpose: "Read Bob's certificate: subject, issuer, validity, key and extensions.",
    expect: 'Subject: CN = bob, issued by the Handshake Lab Root CA.',
    argv: ['openssl', 'x509', '-in', F.certificate, '-text', '-noout'],
  },
  {
    id: 'verify-chain',
    purpose: "Check the CA's signature on Bob's certificate, with strict X.509 rules.",
    expect: `${F.certificate}: OK`,
    argv: ['openssl', 'verify', '-x509_strict', '-CAfile', F.caCertificate, F.certificate],
  },
  {
    id: 'certified-key',
    purpose: 'Print the public key the certificate binds to the name bob.',
    expect: `The same lines as ${F.publicKey}.`,
    argv: ['openssl', 'x509', '-in', F.certificate, '-noout', '-pubkey'],
  },
  {
    id: 'unwrap-key',
    purpose: "Unwrap the AES key Alice sent, with Bob's private key (RSA-OAEP, SHA-256).",
    expect: `No output; ${F.unwrappedKey} is written.`,
    argv: [
      'openssl',
      'pkeyutl',
      '-decrypt',
      '-inkey',
      F.privateKey,
      '-in',
      F.wrappedKey,
      '-out',
      F.unwrappedKey,
      '-pkeyopt',
      'rsa_padding_mode:oaep',
      '-pkeyopt',
      'rsa_oaep_md:sha256',
      '-pkeyopt',
      'rsa_mgf1_md:sha256',
    ],
  },
  {
    id: 'show-aes-key',
    purpose: 'Show the unwrapped AES key as hex.',
    expect: 'The same bytes as the AES key on the page.',
    argv: ['od', '-An', '-tx1', F.unwrappedKey],
  },
];

/** The command as one line to copy into a terminal (no argument needs quoting). */
export function commandLine(command: OpensslCommand): string {
  return command.argv.join(' ');
}

export function opensslScript(): string {
  return OPENSSL_COMMANDS.map((command) => `# ${command.purpose}\n${commandLine(command)}\n`).join(
    '\n',
  );
}
