import './rich-formatting.ts';
import { registerMessages } from '../catalogue.ts';

// The exercises beside a step: Oscar's switch, the forgeries, OAEP twice, Oscar's edit.
registerMessages({
  'ui.widget.oscar': 'Oscar',
  'ui.widget.passive': 'Passive: he only copies',
  'ui.widget.mitm': 'Man in the middle: he swaps keys',
  'ui.widget.presents': 'Oscar presents',
  'ui.oaep.heading': 'The same key, wrapped twice',
  'ui.oaep.wrap': 'Wrap one AES key twice with Bob’s public key',
  'ui.oaep.key': 'AES key',
  'ui.oaep.first': 'First wrap, {bytes} bytes',
  'ui.oaep.second': 'Second wrap, {bytes} bytes',
  'ui.tamper.heading': 'Oscar’s edit',
  'ui.tamper.waiting': 'Waiting for Alice’s first message…',
  'ui.tamper.intro':
    'The {field} of Alice’s first message, {bytes} bytes. Oscar assumes it says “{assumed}” and picks a byte to change.',
  'ui.tamper.bytes': 'Bytes of the {field}',
  'ui.tamper.assumed': ', assumed {what}',
  'ui.tamper.target': 'Make byte {byte} ({what}) read',
  'ui.tamper.apply': 'Change it',
  'ui.tamper.xor': 'XOR mask for byte {byte}: {from} ({what}) XOR {to} (“{char}”) = {mask}',
});

// Seed 001's multiplication scheme, and the toy Diffie-Hellman.
registerMessages({
  'ui.mult.heading': 'Multiply by a common number',
  'ui.mult.n': 'Common number n (public)',
  'ui.mult.a': 'Alice’s secret a',
  'ui.mult.b': 'Bob’s secret b',
  'ui.mult.fix': 'Fix the number above to see the exchange.',
  'ui.mult.wire': 'On the wire: Oscar copies all three',
  'ui.mult.alice': 'Alice computes a × B′',
  'ui.mult.bob': 'Bob computes b × A′',
  'ui.mult.same': 'Same number on both sides: {shared}.',
  'ui.mult.differ': 'The two numbers differ: {alice} and {bob}.',
  'ui.mult.move': 'Oscar’s move',
  'ui.mult.divides': 'Oscar divides: a = A′ ÷ n',
  'ui.mult.then': 'Then, like Alice: a × B′',
  'ui.mult.won':
    'One division gave Oscar Alice’s secret, a = {secret}, and the shared number {shared}: the same as theirs.',
  'ui.mult.lost': 'Oscar’s division gave {secret}, not a = {a}.',
});

registerMessages({
  'ui.widget.list-separator': ', ',
  'ui.widget.to-the-power': ' to the power ',
  'ui.toy.heading': 'Powers modulo a prime',
  'ui.toy.group': 'Public prime p and base g',
  'ui.toy.option': 'p = {p} ({bits} bits), g = {g}',
  'ui.toy.note':
    'Powers of g = {g} repeat every q = {q} steps, so a secret from 1 to {last} gives a different public value each time.',
  'ui.toy.range': '1 to {last}',
  'ui.toy.random-a': 'Random a',
  'ui.toy.random-b': 'Random b',
  'ui.toy.fix': 'Fix the secret above to see the exchange.',
  'ui.toy.alice-sends': 'Alice sends A = {power} mod p',
  'ui.toy.bob-sends': 'Bob sends B = {power} mod p',
  'ui.toy.wire': 'On the wire: Oscar copies all four',
  'ui.toy.alice-computes': 'Alice computes {power} mod p',
  'ui.toy.bob-computes': 'Bob computes {power} mod p',
  'ui.toy.modulo': '{power} mod {p} = ',
  'ui.toy.same': 'Same number on both sides: {shared}. Both are g to the power a × b, mod p.',
});

// Oscar's search for the toy exponent.
registerMessages({
  'ui.search.heading': 'Oscar’s search',
  'ui.search.intro':
    'Oscar has p, g, A and B. No division undoes a power, so he tries x = 0, 1, 2, … until {power} mod p = A.',
  'ui.search.stop': 'Stop',
  'ui.search.run': 'Run Oscar’s search',
  'ui.search.again': 'Run it again',
  'ui.search.tried': 'Exponents tried',
  'ui.search.of-at-most': '{tried} of at most {most}',
  'ui.search.running': 'Searching…',
  'ui.search.failed': 'The search failed: {problem}',
  'ui.search.stopped': 'Stopped after {tried, plural, one {# try} other {# tries}} ({time}).',
  'ui.search.not-found': 'No power of {g} equals A: this A could not have come from Alice.',
  // {x}: the exponent found; {power}: g raised to it.
  'ui.search.found':
    'Found x = {x} after {tried, plural, one {# try} other {# tries}} in {time}: {power} mod {p} = {value} = A.',
  'ui.search.found-rate':
    'Found x = {x} after {tried, plural, one {# try} other {# tries}} in {time} (about {rate} a second): {power} mod {p} = {value} = A.',
  // {formula}: B raised to x; {power}: the same with B's and x's values; {value}: the result.
  'ui.search.same':
    'Oscar computes {formula} mod p = {power} mod {p} = {value}: the same secret Alice and Bob share.',
  'ui.search.differs':
    'Oscar computes {formula} mod p = {power} mod {p} = {value}, not their {shared}.',
});

// A certificate or key the reader pastes.
registerMessages({
  'ui.paste.heading': 'Paste a certificate or key',
  'ui.paste.label': 'PEM text (“{begin}” …)',
  'ui.paste.read': 'Read it',
  'ui.paste.use': 'Oscar presents this one as Bob’s',
  'ui.paste.presenting': 'Oscar is presenting your certificate.',
});

// The certificate's files and the OpenSSL commands that check them.
registerMessages({
  'ui.export.heading': 'Check it with OpenSSL',
  'ui.export.preparing': 'Preparing the files…',
  'ui.export.download': 'Download {file}',
  'ui.export.show': 'Show {file}',
  'ui.export.folder': 'In the folder with the files:',
  'ui.export.expect': 'Expect: {output}',
});
