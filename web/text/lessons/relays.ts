import { registerLessonText } from './register.ts';
import './step-titles/relays.ts';

// The prose of the lesson “Relays”, step by step: narration, check questions and their choices. It
// loads with the lesson; its step titles are in step-titles/relays.ts, its explanations in
// explanations/relays.ts, its own title in titles.ts.

registerLessonText('relays', [
  {
    body: 'As in seed 002, Broker 2 sends its RSA public key to Broker 1, which makes a fresh AES key, wraps it with that public key and sends it back. Only Broker 2’s private key opens it.',
  },
  {
    body: 'Alice connects to Broker 1 and Bob to Broker 2, each with an RSA public key. Each broker wraps the same AES key for its session. Now four parties hold one key: not a key per hop, but a group key.',
  },
  {
    body: 'Alice encrypts her message under the group key and sends it to Broker 1. Each broker decrypts it, reads it, and encrypts it again under the same key with a fresh IV: from link to link, only the IV changes.',
  },
  {
    body: 'Bob’s reply takes the same road back, and each broker reads it too.',
    prompt: 'How many of the messages did Broker 1 read?',
    choices: ['None: they were encrypted', 'All of them'],
  },
  {
    body: 'One key held by everyone works for everyone, on every link. Oscar has copied it from Alice’s laptop and taps the link between Broker 2 and Bob, a link Alice never uses.\n\nThe key opens what passes there, and it seals a message Oscar wrote in Alice’s name. Bob’s GCM tag verifies: the tag proves only that whoever sealed the message holds the key, and everybody does. Any broker could do the same.',
    prompt: 'Did Bob accept the message Oscar wrote?',
    choices: ['No: the GCM tag caught it', 'Yes, and no check failed'],
  },
  {
    body: 'Hop by hop done properly gives every link its own key. Broker 1 agrees one with Alice and another with Broker 2, Broker 2 one with Bob, each the way seed 002 agrees its key.\n\nAlice encrypts under the key of her link. Each broker decrypts with the key of the link the message came in on, reads it, and encrypts it under the key of the next link.',
  },
  {
    body: 'Oscar again copies every key on Alice’s laptop, which is now only the key of her link to Broker 1, and taps the link between Broker 2 and Bob.\n\nNothing on that link opens with it, and the message he seals under it fails Bob’s tag check. A stolen link key exposes its own link, not the others.',
    prompt: 'What did Alice’s stolen key let Oscar do on the link between Broker 2 and Bob?',
    choices: [
      'Nothing: Bob’s tag check caught his message',
      'Read and forge, as with the group key',
    ],
  },
  {
    body: 'Oscar has broken into Broker 1. He holds what it holds, the keys of both its links, so he reads every message it passes. No check fails: the broker is doing its job.',
    prompt: 'Did Alice or Bob notice Oscar?',
    choices: ['Yes, a check failed', 'No, and he read every message'],
  },
  {
    body: 'A broker that reads a message also writes the one it sends on. Oscar, inside Broker 1, changes “3 PM” to “5 PM” before Broker 1 encrypts it for the next link.\n\nBroker 2 and Bob each check the tag of the link the message arrived on, and each tag was computed over the changed text: every tag verifies. Hop by hop, nobody can tell.',
    prompt: 'Could Bob tell that the message was changed?',
    choices: ['Yes: a check failed', 'No: he accepted it'],
  },
  {
    body: 'Now Alice and Bob agree a key through the brokers: Bob’s public key travels to Alice, and her wrapped AES key travels back. The brokers pass ciphertext they hold no key for. Oscar is still inside Broker 1.',
    prompt: 'How many messages did the relays read now?',
    choices: ['None', 'Every one'],
  },
  {
    body: 'Oscar tries the same change from inside Broker 1. He cannot read the message now, but he flips the same bits of its ciphertext, and the brokers pass it on.\n\nBob’s AES-GCM tag does not verify, and he rejects the message: the tag was computed by Alice, under a key no relay holds. A signature by Alice, checked by Bob, would catch it too. With AES-CTR and no signature the change would go through: end to end hides the text, and only authentication protects it.',
    prompt: 'What did Bob do with the message Oscar changed?',
    choices: ['Rejected it: the GCM tag did not verify', 'Accepted it'],
  },
  {
    body: 'End to end hides the text, not the traffic. Each broker still sees who writes to whom, in what order, and how many bytes: look at what Broker 1 notes for each packet.\n\nHere Bob’s public key was relayed unchecked: a broker that swapped it would be Oscar in the middle, and the earlier lessons’ defences apply.',
  },
]);
