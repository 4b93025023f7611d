import { useId, useState } from 'react';
import {
  multiplicationPublicValue,
  multiplicationSharedSecret,
  recoverSecretByDivision,
  SEED_001_NUMBERS,
} from '../../crypto/index.ts';
import { type IntegerRule, parseInteger } from '../../protocol/index.ts';
import { render } from '../../text/index.ts';
import { NumberField, WireItems } from './NumberField.tsx';
import './widgets.css';

const RULE: IntegerRule = { min: 1n, maxDigits: 30 };

/**
 * Seed 001's "key exchange": both multiply their secret by a public n and swap the products.
 * Both end up with the same number, and so does Oscar, with one division.
 */
export default function MultiplicationScheme() {
  const headingId = useId();
  // The stage runs the same numbers as packets.
  const [n, setN] = useState(String(SEED_001_NUMBERS.n));
  const [a, setA] = useState(String(SEED_001_NUMBERS.a));
  const [b, setB] = useState(String(SEED_001_NUMBERS.b));
  const parsed = {
    n: parseInteger(n, 'n', RULE),
    a: parseInteger(a, 'a', RULE),
    b: parseInteger(b, 'b', RULE),
  };
  return (
    <section className="widget" aria-labelledby={headingId} data-testid="multiplication-scheme">
      <h3 id={headingId}>Multiply by a common number</h3>
      <div className="widget-inputs">
        <NumberField
          label="Common number n (public)"
          value={n}
          onChange={setN}
          error={parsed.n.ok ? null : render(parsed.n.message)}
          testId="mult-n"
          wide
        />
        <NumberField
          label="Alice’s secret a"
          value={a}
          onChange={setA}
          error={parsed.a.ok ? null : render(parsed.a.message)}
          testId="mult-a"
        />
        <NumberField
          label="Bob’s secret b"
          value={b}
          onChange={setB}
          error={parsed.b.ok ? null : render(parsed.b.message)}
          testId="mult-b"
        />
      </div>
      {parsed.n.ok && parsed.a.ok && parsed.b.ok ? (
        <Exchange n={parsed.n.value} a={parsed.a.value} b={parsed.b.value} />
      ) : (
        <p className="widget-pending">Fix the number above to see the exchange.</p>
      )}
    </section>
  );
}

function Exchange({ n, a, b }: { n: bigint; a: bigint; b: bigint }) {
  const sentByAlice = multiplicationPublicValue(a, n);
  const sentByBob = multiplicationPublicValue(b, n);
  const alice = multiplicationSharedSecret(a, sentByBob);
  const bob = multiplicationSharedSecret(b, sentByAlice);
  const oscarSecret = recoverSecretByDivision(sentByAlice, n);
  const oscar = multiplicationSharedSecret(oscarSecret, sentByBob);
  const oscarWins = oscarSecret === a && oscar === alice;
  return (
    <>
      <h4>On the wire: Oscar copies all three</h4>
      <p className="widget-wire" data-testid="mult-wire">
        <WireItems
          items={[
            ['n', n],
            ['A′ = a × n', sentByAlice],
            ['B′ = b × n', sentByBob],
          ]}
        />
      </p>
      <dl className="widget-rows">
        <div className="widget-row" data-party="alice">
          <dt>Alice computes a × B′</dt>
          <dd>
            {String(a)} × {String(sentByBob)} ={' '}
            <strong data-testid="mult-alice-shared">{String(alice)}</strong>
          </dd>
        </div>
        <div className="widget-row" data-party="bob">
          <dt>Bob computes b × A′</dt>
          <dd>
            {String(b)} × {String(sentByAlice)} ={' '}
            <strong data-testid="mult-bob-shared">{String(bob)}</strong>
          </dd>
        </div>
      </dl>
      <p className={`widget-verdict ${alice === bob ? 'is-same' : 'is-lost'}`} role="status">
        {alice === bob
          ? `Same number on both sides: ${alice}.`
          : `The two numbers differ: ${alice} and ${bob}.`}
      </p>
      <h4>Oscar’s move</h4>
      <dl className="widget-rows">
        <div className="widget-row" data-party="oscar">
          <dt>Oscar divides: a = A′ ÷ n</dt>
          <dd>
            {String(sentByAlice)} ÷ {String(n)} ={' '}
            <strong data-testid="mult-oscar-secret">{String(oscarSecret)}</strong>
          </dd>
        </div>
        <div className="widget-row" data-party="oscar">
          <dt>Then, like Alice: a × B′</dt>
          <dd>
            {String(oscarSecret)} × {String(sentByBob)} ={' '}
            <strong data-testid="mult-oscar-shared">{String(oscar)}</strong>
          </dd>
        </div>
      </dl>
      <p className={`widget-verdict ${oscarWins ? 'is-lost' : 'is-same'}`} role="status">
        {oscarWins
          ? `One division gave Oscar Alice’s secret, a = ${oscarSecret}, and the shared number ${oscar}: the same as theirs.`
          : `Oscar’s division gave ${oscarSecret}, not a = ${a}.`}
      </p>
    </>
  );
}
