import { useId, useState } from 'react';
import { modPow, randomBelow, TOY_GROUPS, type ToyGroup } from '../../crypto/index.ts';
import { parseInteger } from '../../protocol/index.ts';
import { render } from '../../text/index.ts';
import { NumberField, Pow, WireItems } from './NumberField.tsx';
import { OscarSearch } from './OscarSearch.tsx';
import './widgets.css';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-widgets.ts';
import { Rich } from '../rich-text.tsx';

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
  const hint = t('ui.toy.range', { last: String(group.q - 1n) });
  const parsedA = parseInteger(a, 'Alice’s secret a', rule);
  const parsedB = parseInteger(b, 'Bob’s secret b', rule);

  return (
    <section className="widget" aria-labelledby={headingId} data-testid="toy-diffie-hellman">
      <h3 id={headingId}>{t('ui.toy.heading')}</h3>
      <div className="widget-field">
        <label htmlFor={selectId}>{t('ui.toy.group')}</label>
        <select
          id={selectId}
          value={bits}
          onChange={(event) => setBits(Number(event.target.value))}
          data-testid="toy-group"
        >
          {GROUPS.map((option) => (
            <option key={option.bits} value={option.bits}>
              {t('ui.toy.option', {
                p: String(option.p),
                bits: option.bits,
                g: String(option.g),
              })}
            </option>
          ))}
        </select>
      </div>
      <p className="widget-note">
        {t('ui.toy.note', {
          g: String(group.g),
          q: String(group.q),
          last: String(group.q - 1n),
        })}
      </p>
      <div className="widget-inputs is-roomy">
        <NumberField
          label={t('ui.mult.a')}
          hint={hint}
          value={a}
          onChange={setA}
          error={parsedA.ok ? null : render(parsedA.message)}
          testId="toy-a"
        >
          <button type="button" onClick={() => setA(randomSecret(group))}>
            {t('ui.toy.random-a')}
          </button>
        </NumberField>
        <NumberField
          label={t('ui.mult.b')}
          hint={hint}
          value={b}
          onChange={setB}
          error={parsedB.ok ? null : render(parsedB.message)}
          testId="toy-b"
        >
          <button type="button" onClick={() => setB(randomSecret(group))}>
            {t('ui.toy.random-b')}
          </button>
        </NumberField>
      </div>
      {parsedA.ok && parsedB.ok ? (
        <Exchange group={group} a={parsedA.value} b={parsedB.value} />
      ) : (
        <p className="widget-pending">{t('ui.toy.fix')}</p>
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
            <Rich k="ui.toy.alice-sends" nodes={{ power: <Pow base="g" exponent="a" /> }} />
          </dt>
          <dd>
            <Rich
              k="ui.toy.modulo"
              params={{ p: String(p) }}
              nodes={{ power: <Pow base={String(g)} exponent={String(a)} /> }}
            />
            <strong data-testid="toy-A">{String(A)}</strong>
          </dd>
        </div>
        <div className="widget-row" data-party="bob">
          <dt>
            <Rich k="ui.toy.bob-sends" nodes={{ power: <Pow base="g" exponent="b" /> }} />
          </dt>
          <dd>
            <Rich
              k="ui.toy.modulo"
              params={{ p: String(p) }}
              nodes={{ power: <Pow base={String(g)} exponent={String(b)} /> }}
            />
            <strong data-testid="toy-B">{String(B)}</strong>
          </dd>
        </div>
      </dl>
      <h4>{t('ui.toy.wire')}</h4>
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
            <Rich k="ui.toy.alice-computes" nodes={{ power: <Pow base="B" exponent="a" /> }} />
          </dt>
          <dd>
            <Rich
              k="ui.toy.modulo"
              params={{ p: String(p) }}
              nodes={{ power: <Pow base={String(B)} exponent={String(a)} /> }}
            />
            <strong data-testid="toy-alice-shared">{String(alice)}</strong>
          </dd>
        </div>
        <div className="widget-row" data-party="bob">
          <dt>
            <Rich k="ui.toy.bob-computes" nodes={{ power: <Pow base="A" exponent="b" /> }} />
          </dt>
          <dd>
            <Rich
              k="ui.toy.modulo"
              params={{ p: String(p) }}
              nodes={{ power: <Pow base={String(A)} exponent={String(b)} /> }}
            />
            <strong data-testid="toy-bob-shared">{String(bob)}</strong>
          </dd>
        </div>
      </dl>
      <p className={`widget-verdict ${alice === bob ? 'is-same' : 'is-lost'}`} role="status">
        {alice === bob
          ? t('ui.toy.same', { shared: String(alice) })
          : t('ui.mult.differ', { alice: String(alice), bob: String(bob) })}
      </p>
      <OscarSearch group={group} a={a} A={A} B={B} shared={alice} />
    </>
  );
}
