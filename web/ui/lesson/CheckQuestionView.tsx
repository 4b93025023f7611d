import { useId, useState } from 'react';
import type { CheckQuestion } from '../../lessons/types.ts';
import { selectFinished, selectOutcome } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';

/** A question whose right answer comes from the outcome just computed, not from the script. */
export function CheckQuestionView({ question }: { question: CheckQuestion }) {
  const outcome = useLab(selectOutcome);
  const finished = useLab(selectFinished);
  const [answer, setAnswer] = useState<number | null>(null);
  const name = useId();
  const chosen = answer === null ? undefined : question.choices[answer];
  // Until the run is computed there is nothing to judge an answer against.
  const right = outcome && chosen ? chosen.isCorrect(outcome) : false;

  return (
    <fieldset className="check" data-testid="check-question">
      <legend>{question.prompt}</legend>
      {!finished && (
        <p className="muted">Play the step to the end first, or answer now and check.</p>
      )}
      {question.choices.map((choice, index) => (
        <label key={choice.label} className="check-choice">
          <input
            type="radio"
            name={name}
            checked={answer === index}
            onChange={() => setAnswer(index)}
          />
          {choice.label}
        </label>
      ))}
      {chosen && outcome && (
        <p
          className={`check-feedback ${right ? 'is-right' : 'is-wrong'}`}
          role="status"
          data-testid="check-feedback"
        >
          <strong>{right ? 'Right.' : 'Not quite.'}</strong> {question.explain(outcome)}
        </p>
      )}
    </fieldset>
  );
}
