import { registerLessonWords } from './keys.ts';

// Every lesson's title: the lesson list, links and page titles need them before a lesson loads, so
// this small file is part of every page. Step titles load with their lesson.
registerLessonWords('title', {
  postcards: 'Postcards',
  'locked-box': 'Locked box',
  'sealed-envelope': 'Sealed envelope',
  'mixing-secrets': 'Mixing secrets',
  'oscar-in-the-middle': 'Oscar in the middle',
  'compare-fingerprints': 'Compare fingerprints',
  tampering: 'Tampering',
  signatures: 'Signatures',
  'certificate-authority': 'Certificate authority',
  handshake: 'A whole handshake',
  relays: 'Relays',
  replay: 'Replay',
  'forward-secrecy': 'Forward secrecy',
  'nonce-reuse': 'Nonce reuse',
});
