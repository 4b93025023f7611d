import { useEffect, useId, useState } from 'react';
import type { CheckQuestion } from '../../lessons/types.ts';
import { loadProgress } from '../../store/load-progress.ts';
import { selectFinished, selectOutcome } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { announceAnswer } from './answer-event.ts';
import './lesson.css';

interface Props {
  question: CheckQuestion;
  /** Where the question stands, to remember the answer picked. */
  lessonId: string;
  stepIndex: number;
}

/** The answer picked last time, if it is still one of the choices. */
function savedAnswer(question: CheckQuestion, label: string | undefined): number | null {
  const index = question.choices.findIndex((choice) => choice.label === label);
  return index === -1 ? null : index;
}

/** A question whose right answer comes from the outcome just computed, not from the script. */
export function CheckQuestionView({ question, lessonId, stepIndex }: Props) {
  const outcome = useLab(selectOutcome);
  const finished = useLab(selectFinished);
  const [answer, setAnswer] = useState<number | null>(null);
  // The learner's own pick, not one restored from saved progress.
  const [picked, setPicked] = useState(false);
  // The answer picked last time comes back once the progress store has loaded, unless the
  // student has picked one since.
  useEffect(() => {
    let open = true;
    void loadProgress().then((p) => {
      const saved = savedAnswer(question, p.answerPicked(lessonId, stepIndex));
      if (open) setAnswer((current) => current ?? saved);
    });
    return () => {
      open = false;
    };
  }, [question, lessonId, stepIndex]);
  const name = useId();
  const chosen = answer === null ? undefined : question.choices[answer];
  // Until the run is computed there is nothing to judge an answer against.
  const right = outcome && chosen ? chosen.isCorrect(outcome) : false;
  const judged = picked && chosen !== undefined && outcome !== null;
  useEffect(() => {
    // Only a SCORM package listens, and only the single-file build can be one.
    if (__WITH_SCORM__ && judged) announceAnswer({ lessonId, stepIndex, right });
  }, [judged, right, lessonId, stepIndex]);

  return (
    <fieldset className="check" data-testid="check-question">
      <legend>{question.prompt}</legend>
      {/* One line either way, so the question keeps its place as the run ends. */}
      <p className="muted">
        {finished
          ? 'The run has played to the end: check your answer against it.'
          : 'Play the step to the end first, or answer now and check.'}
      </p>
      {question.choices.map((choice, index) => (
        <label key={choice.label} className="check-choice">
          <input
            type="radio"
            name={name}
            checked={answer === index}
            onChange={() => {
              setAnswer(index);
              setPicked(true);
              void loadProgress().then((p) => p.recordAnswer(lessonId, stepIndex, choice.label));
            }}
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
