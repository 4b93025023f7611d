import { registerLessonText } from './register.ts';
import './step-titles/certificate-authority.ts';

// The prose of the lesson “Certificate authority”, step by step: titles, narration, check questions
// and their choices. It loads with the lesson; its step titles are in
// step-titles/certificate-authority.ts, its explanations in explanations/certificate-authority.ts,
// its own title in titles.ts.

registerLessonText('certificate-authority', [
  {
    body: 'Before today, on the dashed purple lane: Alice’s browser came with the CA’s root certificate, and the CA checked Bob and signed a certificate binding “bob” to his key. Web CAs mostly check control of a domain, not who a person is. The root is self-signed too: it is trusted only because it is in Alice’s store.\n\nNow Bob sends that certificate. Alice checks four things, each a line in the narration: the signature chains to a root she trusts, the name is “bob”, it is within its dates, and the key may encrypt.',
  },
  {
    body: 'Oscar does what worked before: he replaces Bob’s key with his own. But Alice now expects a certificate, and a bare key comes with nothing that vouches for it.',
    prompt: 'What happened to Oscar’s swap?',
    choices: ['Alice caught it and sent nothing', 'It worked, as before'],
  },
  {
    body: 'Pick what Oscar presents instead of Bob’s certificate. Each one is a real certificate (or none), and Alice’s checks are real verification: watch which check stops it.',
  },
  {
    body: 'If Oscar gets the CA to sign a “bob” certificate for his key, every check passes, and he is in the middle again.\n\nThis has happened: in 2011 the Dutch CA DigiNotar was broken into and issued certificates for Google’s domains. Browsers removed it from their trust stores. Any trusted root can issue for any name, so trust is that of the weakest CA in the store.\n\nMajor browsers now enforce Certificate Transparency: they refuse a certificate that does not carry enough signed timestamps from public logs, so a certificate issued in secret is refused. A logged one is accepted at once: logging makes a wrong certificate detectable, by the domain owner or anyone who monitors the logs, not impossible. Revocation is unreliable in practice. CAA records name the CAs a domain allows, but it is the CA that checks them when it issues, so a compromised or rogue CA ignores them. Pinning limits which keys an app accepts.',
    prompt: 'With the CA’s help, how many messages did Oscar read?',
    choices: ['None: the checks caught him', 'All of them'],
  },
  {
    body: 'Everything on this page is real, so OpenSSL can check it. Download the CA’s root, Bob’s certificate, Bob’s keys and the wrapped key Alice sent, and run the commands: the certificate verifies, and Bob’s private key unwraps the same AES key.',
  },
  {
    body: 'Paste any certificate or key in PEM form to read it. Hand a certificate to Oscar, and Alice checks it like any other: your certificate was not signed by this CA, so expect the chain check to fail.',
  },
]);
