import { registerMessages } from '../catalogue.ts';

// The page shown instead of the app where WebCrypto is missing (not a secure context).
registerMessages({
  'ui.insecure.heading': 'Handshake Lab needs a secure page',
  'ui.insecure.why':
    'Every key, ciphertext and signature here is computed by your browser’s Web Cryptography API. Browsers offer it only on secure pages, and this page is not one, so nothing can be computed.',
  'ui.insecure.how': 'How to open it properly',
  'ui.insecure.https': 'Open it over {https}, or on this computer as {localhost} or {loopback}.',
  'ui.insecure.offline':
    'Without the Internet (offline slides, a classroom), open the single-file edition, {file} (made by {build}), straight from disk: a file:// page is secure. Or serve the lab’s folder on the computer that shows it (for example {serve} inside it) and open {served}.',
  'ui.insecure.other-computers':
    'Other computers cannot use this computer’s address over plain http:// (for example http://192.168.1.20): for them it must be https://.',
  'ui.insecure.framed':
    'This page is inside a frame. If the slides around it were opened over plain http://, the frame is not secure either: open the slides over https:// too.',
  'ui.insecure.address': 'Address now: {address}',
});
