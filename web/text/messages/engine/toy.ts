/** The toy exchanges with small numbers (seed 001's multiplication, Diffie-Hellman by hand). */
export const toyMessages = {
  'packet.prime-and-base': 'the prime p and the base g',
  'packet.public-value-named': '{owner, party}’s public value {name}',
  'packet.common-number': 'the common number n',
  'packet.product': '{owner, party}’s product {name}',
  'narration.proposes-group':
    '{actor, party} proposes the {bits}-bit prime p = {p} and the base g = {g}. They travel in the clear.',
  'narration.keeps-secret-sends-power':
    '{actor, party} keeps {actor, select, alice {her} other {his}} secret {secret} = {value} and sends {name} = g^{secret} mod p = {result}.',
  'narration.computes-power':
    '{actor, party} computes {expression} mod p = {result} and turns it into AES key {fingerprint} with HKDF.',
  'narration.computes-power-compared':
    '{actor, party} computes {expression} mod p = {result}: {same, select, yes {the same number} other {a different number}}, so key {fingerprint}.',
  'narration.oscar-searches':
    '{actor, party} tries g^x mod p for x = 0, 1, 2, … until it equals A: after {tries, plural, one {# try} other {# tries}}, x = {secret}. An exponent that gives A works as well as Alice’s own.',
  'narration.oscar-computes-same-key':
    '{actor, party} computes {expression} = {result}, as Alice did, and gets the same AES key.',
  'narration.search-measured':
    '{actor, party} repeats his search on {searches, number} fresh {bits}-bit exchanges: {average, number} exponents tried on average.',
  'narration.proposes-common-number':
    '{actor, party} proposes the common number n = {n}. It travels in the clear.',
  'narration.keeps-secret-sends-product':
    '{actor, party} keeps {actor, select, alice {her} other {his}} secret {secret} = {value} and sends {name} = {secret} × n = {result}.',
  'narration.computes-product':
    '{actor, party} computes {secret} × {name} = {value} × {other} = {result}, and turns it into AES key {fingerprint} with HKDF.',
  'narration.computes-product-compared':
    '{actor, party} computes {secret} × {name} = {value} × {other} = {result}: {same, select, yes {the same number} other {a different number}}, so key {fingerprint}.',
  'narration.oscar-divides':
    '{actor, party} divides A′ by n: {product} ÷ {n} = {secret}. That is Alice’s secret a, in one division.',
} as const;
