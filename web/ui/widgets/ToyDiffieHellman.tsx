import { useId, useState } from 'react';
import { modPow, randomBelow, TOY_GROUPS, type ToyGroup } from '../../crypto/index.ts';
import { parseInteger } from '../../protocol/index.ts';
import { render } from '../../text/index.ts';
import { NumberField, Pow, WireItems } from './NumberField.tsx';
import { OscarSearch } from './OscarSearch.tsx';
import './widgets.css';

/** Groups small enough for Oscar's search to finish here in about a second at most. */
const GROUPS = TOY_GROUPS.filter((group) => group.bits <= 24);

const randomSecret = (group: ToyGroup): string => String(1n + randomBelow(group.q - 1n));

/** Diffie-Hellman with numbers small enough to read: powers of g modulo a prime p. */
export default function ToyDiffieHellman() {
  const headingId = useId();
  const selectId = useId();
  const [bits, setBits] = useState(GROUPS[0]?.bits ?? 8);
  const group = GROUPS.find((candidate) => candidate.bits === bits) ?? GROUPS[0];
  const [a, setA] = useState(() => (group ? randomSecret(group) : '1'));
  const [b, setB] = useState(() => (group ? randomSecret(group) : '1'));
  if (!group) return null;

  const rule = { min: 1n, max: group.q - 1n, maxDigits: 12 };
  const hint = `1 to ${group.q - 1n}`;
  const parsedA = parseInteger(a, 'Alice’s secret a', rule);
  const parsedB = parseInteger(b, 'Bob’s secret b', rule);

  return (
    <section className="widget" aria-labelledby={headingId} data-testid="toy-diffie-hellman">
      <h3 id={headingId}>Powers modulo a prime</h3>
      <div className="widget-field">
        <label htmlFor={selectId}>Public prime p and base g</label>
        <select
          id={selectId}
          value={bits}
          onChange={(event) => setBits(Number(event.target.value))}
          data-testid="toy-group"
        >
          {GROUPS.map((option) => (
            <option key={option.bits} value={option.bits}>
              p = {String(option.p)} ({option.bits} bits), g = {String(option.g)}
            </option>
          ))}
        </select>
      </div>
      <p className="widget-note">
        Powers of g = {String(group.g)} repeat every q = {String(group.q)} steps, so a secret from 1
        to {String(group.q - 1n)} gives a different public value each time.
      </p>
      <div className="widget-inputs is-roomy">
        <NumberField
          label="Alice’s secret a"
          hint={hint}
          value={a}
          onChange={setA}
          error={parsedA.ok ? null : render(parsedA.message)}
          testId="toy-a"
        >
          <button type="button" onClick={() => setA(randomSecret(group))}>
            Random a
          </button>
        </NumberField>
        <NumberField
          label="Bob’s secret b"
          hint={hint}
          value={b}
          onChange={setB}
          error={parsedB.ok ? null : render(parsedB.message)}
          testId="toy-b"
        >
          <button type="button" onClick={() => setB(randomSecret(group))}>
            Random b
          </button>
        </NumberField>
      </div>
      {parsedA.ok && parsedB.ok ? (
        <Exchange group={group} a={parsedA.value} b={parsedB.value} />
      ) : (
        <p className="widget-pending">Fix the secret above to see the exchange.</p>
      )}
    </section>
  );
}

function Exchange({ group, a, b }: { group: ToyGroup; a: bigint; b: bigint }) {
  const { p, g } = group;
  const A = modPow(g, a, p);
  const B = modPow(g, b, p);
  const alice = modPow(B, a, p);
  const bob = modPow(A, b, p);
  return (
    <>
      <dl className="widget-rows">
        <div className="widget-row" data-party="alice">
          <dt>
            Alice sends A = <Pow base="g" exponent="a" /> mod p
          </dt>
          <dd>
            <Pow base={String(g)} exponent={String(a)} /> mod {String(p)} ={' '}
            <strong data-testid="toy-A">{String(A)}</strong>
          </dd>
        </div>
        <div className="widget-row" data-party="bob">
          <dt>
            Bob sends B = <Pow base="g" exponent="b" /> mod p
          </dt>
          <dd>
            <Pow base={String(g)} exponent={String(b)} /> mod {String(p)} ={' '}
            <strong data-testid="toy-B">{String(B)}</strong>
          </dd>
        </div>
      </dl>
      <h4>On the wire: Oscar copies all four</h4>
      <p className="widget-wire" data-testid="toy-wire">
        <WireItems
          items={[
            ['p', p],
            ['g', g],
            ['A', A],
            ['B', B],
          ]}
        />
      </p>
      <dl className="widget-rows">
        <div className="widget-row" data-party="alice">
          <dt>
            Alice computes <Pow base="B" exponent="a" /> mod p
          </dt>
          <dd>
            <Pow base={String(B)} exponent={String(a)} /> mod {String(p)} ={' '}
            <strong data-testid="toy-alice-shared">{String(alice)}</strong>
          </dd>
        </div>
        <div className="widget-row" data-party="bob">
          <dt>
            Bob computes <Pow base="A" exponent="b" /> mod p
          </dt>
          <dd>
            <Pow base={String(A)} exponent={String(b)} /> mod {String(p)} ={' '}
            <strong data-testid="toy-bob-shared">{String(bob)}</strong>
          </dd>
        </div>
      </dl>
      <p className={`widget-verdict ${alice === bob ? 'is-same' : 'is-lost'}`} role="status">
        {alice === bob
          ? `Same number on both sides: ${alice}. Both are g to the power a × b, mod p.`
          : `The two numbers differ: ${alice} and ${bob}.`}
      </p>
      <OscarSearch group={group} a={a} A={A} B={B} shared={alice} />
    </>
  );
}
