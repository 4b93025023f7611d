import { useId, useState } from 'react';
import { selectPlan } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { render } from '../../text/index.ts';
import './certificates.css';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-widgets.ts';
import { Rich } from '../rich-text.tsx';

type Result = { kind: string; lines: string[]; certificate?: Uint8Array };

/**
 * Paste a certificate or key to read it, or hand a certificate to Oscar to present as Bob's.
 * Garbage gets a message saying what was wrong with it; a failure that is not the text's is
 * shown as the lab's own fault. Nothing else changes.
 */
export default function PastePem() {
  const describePem = useLab((s) => s.describePem);
  const setPlan = useLab((s) => s.setPlan);
  const plan = useLab(selectPlan);
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fault, setFault] = useState<string | null>(null);
  const id = useId();

  const read = async () => {
    try {
      const reading = await describePem(text);
      setResult(
        reading.ok ? { ...reading, lines: reading.lines.map((line) => render(line)) } : null,
      );
      setProblem(reading.ok ? null : reading.problem);
      setFault(null);
    } catch (error) {
      setResult(null);
      setProblem(null);
      setFault(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section
      className="paste"
      data-party="ca"
      aria-labelledby={`${id}-title`}
      data-testid="paste-pem"
    >
      <h3 id={`${id}-title`}>{t('ui.paste.heading')}</h3>
      <label htmlFor={`${id}-text`}>
        <Rich k="ui.paste.label" nodes={{ begin: <code>-----BEGIN CERTIFICATE-----</code> }} />
      </label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="paste-input"
      />
      <button type="button" onClick={() => void read()} data-testid="paste-read">
        {t('ui.paste.read')}
      </button>
      {problem && (
        <p className="hint" role="alert" data-testid="paste-problem">
          {problem}
        </p>
      )}
      {fault && (
        <p className="error" role="alert" data-testid="paste-fault">
          The lab failed while reading it ({fault}). This is a fault in the lab, not in what you
          pasted: reload the page and try again.
        </p>
      )}
      {result && (
        <div data-testid="paste-result">
          <ul>
            {result.lines.map((line) => (
              <li key={line}>
                <bdi>{line}</bdi>
              </li>
            ))}
          </ul>
          {result.certificate && (
            <button
              type="button"
              onClick={() => {
                const pastedCertificate = result.certificate;
                if (pastedCertificate)
                  void setPlan({
                    presence: 'mitm',
                    pastedCertificate: new Uint8Array(pastedCertificate),
                  });
              }}
              data-testid="paste-use"
            >
              {t('ui.paste.use')}
            </button>
          )}
          {plan.presence === 'mitm' && plan.pastedCertificate && (
            <p className="muted">{t('ui.paste.presenting')}</p>
          )}
        </div>
      )}
    </section>
  );
}
