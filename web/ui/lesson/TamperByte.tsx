import { useState } from 'react';
import { assumedBytes, describeAssumed, tamperMask } from '../../protocol/index.ts';
import { selectEvents, selectPlan } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { render, t } from '../../text/index.ts';
import '../../text/messages/ui-widgets.ts';
import { EngineEnglish, Rich } from '../rich-text.tsx';
import './lesson.css';

const MAX_SHOWN = 48;
const hex = (n: number) => `0x${n.toString(16).padStart(2, '0')}`;

/**
 * Oscar's workbench: pick a byte of Alice's first message as it travels and the character
 * it should become. He cannot decrypt; he only assumes the format of the message, so the
 * XOR he needs is (character he assumes) XOR (character he wants).
 */
export default function TamperByte() {
  const events = useLab(selectEvents);
  const plan = useLab(selectPlan);
  const setPlan = useLab((s) => s.setPlan);
  const [wanted, setWanted] = useState('9');
  const [problem, setProblem] = useState<string | null>(null);
  const written = events.find((e) => e.type === 'message-written' && e.messageId === 'm1');
  const sent = events.find((e) => e.type === 'packet-sent' && e.packet.messageId === 'm1');
  if (written?.type !== 'message-written' || sent?.type !== 'packet-sent') {
    // Same frame while the run computes, so nothing below it jumps when the bytes arrive.
    return (
      <section className="tamper" aria-label={t('ui.tamper.heading')} aria-busy="true">
        <h3>{t('ui.tamper.heading')}</h3>
        <p className="muted">{t('ui.tamper.waiting')}</p>
      </section>
    );
  }
  const field =
    sent.packet.fields.find((f) => f.name === 'ciphertext') ??
    sent.packet.fields.find((f) => f.name === 'text');
  if (!field) return null;
  const assumed = written.text;
  // Byte by byte, as the field really is: UTF-8, with the signature in front when it is inside.
  const map = assumedBytes(assumed, field.bytes.length);
  const chosen = plan.presence === 'tamper' ? plan.byte : 4;
  const chosenByte = map[chosen];

  const apply = (byte: number, target: string) => {
    const mask = tamperMask(map[byte], target);
    if (!mask.ok) {
      setProblem(render(mask.problem));
      return;
    }
    setProblem(null);
    void setPlan({ presence: 'tamper', byte, xor: mask.xor });
  };

  return (
    <section className="tamper" aria-labelledby="tamper-title" data-testid="tamper-byte">
      <h3 id="tamper-title">{t('ui.tamper.heading')}</h3>
      <p>
        <Rich
          k="ui.tamper.intro"
          params={{ bytes: field.bytes.length }}
          nodes={{
            field: <EngineEnglish>{field.name}</EngineEnglish>,
            assumed: <bdi className="user-text">{assumed}</bdi>,
          }}
        />
      </p>
      <fieldset className="byte-grid">
        <legend className="visually-hidden">
          <Rich
            k="ui.tamper.bytes"
            nodes={{ field: <EngineEnglish>{field.name}</EngineEnglish> }}
          />
        </legend>
        {Array.from(field.bytes.subarray(0, MAX_SHOWN), (value, index) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: a byte's position is its identity
            key={index}
            type="button"
            className="byte"
            aria-pressed={index === chosen}
            onClick={() => apply(index, wanted)}
          >
            <span className="byte-index">{index}</span> {value.toString(16).padStart(2, '0')}
            <span className="visually-hidden">
              <Rich k="ui.tamper.assumed" nodes={{ what: render(describeAssumed(map[index])) }} />
            </span>
          </button>
        ))}
      </fieldset>
      <label className="tamper-target">
        <Rich
          k="ui.tamper.target"
          params={{ byte: chosen }}
          nodes={{ what: render(describeAssumed(chosenByte)) }}
        />{' '}
        <input
          value={wanted}
          maxLength={1}
          size={2}
          onChange={(e) => setWanted(e.target.value)}
          data-testid="tamper-char"
        />
      </label>{' '}
      <button type="button" onClick={() => apply(chosen, wanted)} data-testid="tamper-apply">
        {t('ui.tamper.apply')}
      </button>
      {plan.presence === 'tamper' && chosenByte && chosenByte.kind !== 'signature' && (
        <p className="tamper-xor" data-testid="tamper-xor">
          <Rich
            k="ui.tamper.xor"
            params={{
              byte: plan.byte,
              from: hex(chosenByte.value),
              to: hex(plan.xor ^ chosenByte.value),
              char: String.fromCharCode(plan.xor ^ chosenByte.value),
              mask: hex(plan.xor),
            }}
            nodes={{ what: render(describeAssumed(chosenByte)) }}
          />
        </p>
      )}
      {problem && (
        <p className="hint" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
