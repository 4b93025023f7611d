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
import { t } from '../../text/index.ts';
import '../../text/messages/ui-widgets.ts';

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
      <h3 id={headingId}>{t('ui.mult.heading')}</h3>
      <div className="widget-inputs">
        <NumberField
          label={t('ui.mult.n')}
          value={n}
          onChange={setN}
          error={parsed.n.ok ? null : render(parsed.n.message)}
          testId="mult-n"
          wide
        />
        <NumberField
          label={t('ui.mult.a')}
          value={a}
          onChange={setA}
          error={parsed.a.ok ? null : render(parsed.a.message)}
          testId="mult-a"
        />
        <NumberField
          label={t('ui.mult.b')}
          value={b}
          onChange={setB}
          error={parsed.b.ok ? null : render(parsed.b.message)}
          testId="mult-b"
        />
      </div>
      {parsed.n.ok && parsed.a.ok && parsed.b.ok ? (
        <Exchange n={parsed.n.value} a={parsed.a.value} b={parsed.b.value} />
      ) : (
        <p className="widget-pending">{t('ui.mult.fix')}</p>
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
      <h4>{t('ui.mult.wire')}</h4>
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
          <dt>{t('ui.mult.alice')}</dt>
          <dd>
            {String(a)} × {String(sentByBob)} ={' '}
            <strong data-testid="mult-alice-shared">{String(alice)}</strong>
          </dd>
        </div>
        <div className="widget-row" data-party="bob">
          <dt>{t('ui.mult.bob')}</dt>
          <dd>
            {String(b)} × {String(sentByAlice)} ={' '}
            <strong data-testid="mult-bob-shared">{String(bob)}</strong>
          </dd>
        </div>
      </dl>
      <p className={`widget-verdict ${alice === bob ? 'is-same' : 'is-lost'}`} role="status">
        {alice === bob
          ? t('ui.mult.same', { shared: String(alice) })
          : t('ui.mult.differ', { alice: String(alice), bob: String(bob) })}
      </p>
      <h4>{t('ui.mult.move')}</h4>
      <dl className="widget-rows">
        <div className="widget-row" data-party="oscar">
          <dt>{t('ui.mult.divides')}</dt>
          <dd>
            {String(sentByAlice)} ÷ {String(n)} ={' '}
            <strong data-testid="mult-oscar-secret">{String(oscarSecret)}</strong>
          </dd>
        </div>
        <div className="widget-row" data-party="oscar">
          <dt>{t('ui.mult.then')}</dt>
          <dd>
            {String(oscarSecret)} × {String(sentByBob)} ={' '}
            <strong data-testid="mult-oscar-shared">{String(oscar)}</strong>
          </dd>
        </div>
      </dl>
      <p className={`widget-verdict ${oscarWins ? 'is-lost' : 'is-same'}`} role="status">
        {oscarWins
          ? t('ui.mult.won', { secret: String(oscarSecret), shared: String(oscar) })
          : t('ui.mult.lost', { secret: String(oscarSecret), a: String(a) })}
      </p>
    </>
  );
}
