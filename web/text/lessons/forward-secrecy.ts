import { registerLessonText } from './register.ts';
import './step-titles/forward-secrecy.ts';

// The prose of the lesson “Forward secrecy”, step by step: narration, check questions and their
// choices. It loads with the lesson; its step titles are in step-titles/forward-secrecy.ts, its
// explanations in explanations/forward-secrecy.ts, its own title in titles.ts.

registerLessonText('forward-secrecy', [
  {
    body: 'The sealed envelope again: Bob sends his RSA public key, Alice wraps a fresh AES key for it, and both talk over AES-GCM. Oscar cannot read a thing.\n\nHe does not try. He records every packet and waits. When the conversation ends, Alice and Bob erase the session key: their key lists show it struck out.',
  },
  {
    body: 'One year later Oscar breaks into Bob’s computer and copies every key Bob still holds: here, his long-term RSA private key, the one he keeps from session to session.\n\nOscar tries each key he holds on every packet he recorded, with WebCrypto. The RSA key unwraps the recorded session key, the very key Alice and Bob erased, and that key decrypts every recorded message.',
    prompt: 'A year after the conversation, how many recorded messages can Oscar read?',
    choices: ['None: the session is over', 'All of them'],
  },
  {
    body: 'Now the session key comes from ECDH with key pairs made for this session only. Bob’s long-term key only signs: his signature covers both public values (the transcript), and his certificate vouches for the key that signs. HKDF takes both public values too, so every session derives its own key.\n\nWhen the session ends, both erase their ephemeral private keys and the session key. A year later Oscar again copies every key Bob still holds and tries each on every recorded packet.',
    prompt:
      'With ephemeral ECDH, how many recorded messages does Oscar read with the keys he stole?',
    choices: ['None', 'All of them'],
  },
  {
    body: 'Diffie-Hellman alone is not enough. Here Bob keeps one ECDH key pair and reuses it in every session: a static key is a long-term key, and only the session key is erased. Oscar steals the key pair, finds that its public half is the value Bob sent, combines it with Alice’s recorded public value, runs HKDF over both recorded values, and has the session key.\n\nThe page itself makes fresh ECDH key pairs for every run unless this switch says otherwise.',
    prompt: 'With a reused ECDH key pair, what did the stolen key open?',
    choices: ['Nothing', 'Every recorded message'],
  },
  {
    body: 'Forward secrecy protects the past: sessions that ended before the theft stay closed. It does nothing for the future.\n\nAlice connects to Bob again, and both make fresh ephemeral keys. Bob’s certificate is genuine, and Oscar lets it through: he holds the private key it vouches for. He puts his own public value in place of Bob’s and signs it, with Alice’s, using Bob’s stolen key. Alice’s certificate checks and her signature check pass.',
  },
  {
    body: 'Oscar is in the middle of the new session: he decrypts each message with the key he shares with its sender and encrypts it again for the other side. Nothing fails, here or in any later session, until Bob replaces the stolen key and Alice stops trusting the old one. That takes revoking his certificate, and revocation reaches browsers unreliably, so in practice it can last until the certificate expires.\n\nRatcheting protocols such as Signal’s double ratchet keep mixing fresh Diffie-Hellman values into a running conversation, so it heals after its current keys leak, once the thief stops sitting in the middle: post-compromise security. A stolen long-term signing key does not heal: with it Oscar can sign his way into every new session until the key is replaced.',
    prompt: 'In the session after the theft, how many messages did Oscar read?',
    choices: ['None: the keys were fresh', 'All of them'],
  },
]);
