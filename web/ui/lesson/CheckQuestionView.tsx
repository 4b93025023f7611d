import { useEffect, useId, useState } from 'react';
import {
  choiceLabel,
  explanation,
  explanationLoaded,
  questionPrompt,
} from '../../lessons/lesson-text.ts';
import type { CheckQuestion } from '../../lessons/types.ts';
import { loadProgress } from '../../store/load-progress.ts';
import { selectFinished, selectOutcome } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-lesson.ts';
import { announceAnswer } from './answer-event.ts';
import './lesson.css';
import { useLessonWords } from './use-lesson-words.ts';

interface Props {
  question: CheckQuestion;
  /** Where the question stands, to remember the answer picked. */
  lessonId: string;
  stepIndex: number;
}

/** The answer picked last time (stored by its English label), if it is still one of the choices. */
function savedAnswer(
  question: CheckQuestion,
  label: string | undefined,
  lessonId: string,
  stepIndex: number,
): number | null {
  const index = question.choices.findIndex(
    (_, choice) => choiceLabel(lessonId, stepIndex, choice, 'en') === label,
  );
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
      const saved = savedAnswer(question, p.answerPicked(lessonId, stepIndex), lessonId, stepIndex);
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
  // Explanations are rendered from an outcome: they load once there is one, not with the step.
  const explained = useLessonWords(
    'explanations',
    lessonId,
    explanationLoaded(lessonId, stepIndex),
    outcome !== null,
  );
  useEffect(() => {
    // Only a SCORM package listens, and only the single-file build can be one.
    if (__WITH_SCORM__ && judged) announceAnswer({ lessonId, stepIndex, right });
  }, [judged, right, lessonId, stepIndex]);

  return (
    <fieldset className="check" data-testid="check-question">
      <legend>{questionPrompt(lessonId, stepIndex)}</legend>
      {/* One line either way, so the question keeps its place as the run ends. */}
      <p className="muted">
        {t(finished ? 'ui.lesson.check.played' : 'ui.lesson.check.play-first')}
      </p>
      {question.choices.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a question's choices never reorder
        <label key={index} className="check-choice">
          <input
            type="radio"
            name={name}
            checked={answer === index}
            onChange={() => {
              setAnswer(index);
              setPicked(true);
              const english = choiceLabel(lessonId, stepIndex, index, 'en');
              void loadProgress().then((p) => p.recordAnswer(lessonId, stepIndex, english));
            }}
          />
          {choiceLabel(lessonId, stepIndex, index)}
        </label>
      ))}
      {chosen && outcome && explained && (
        <p
          className={`check-feedback ${right ? 'is-right' : 'is-wrong'}`}
          role="status"
          data-testid="check-feedback"
        >
          <strong>{t(right ? 'ui.lesson.check.right' : 'ui.lesson.check.wrong')}</strong>
          {` ${explanation(lessonId, stepIndex, question, outcome)}`}
        </p>
      )}
    </fieldset>
  );
}
