import { choiceLabel, explanation, questionPrompt, stepTitle } from '../../lessons/lesson-text.ts';
import type { Lesson } from '../../lessons/types.ts';
import type { LabStore } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-print.ts';

/** The last page: every check question, its choices, the right ones marked, and why. */
export function HandoutAnswers({
  lesson,
  stores,
}: {
  lesson: Lesson;
  stores: readonly LabStore[];
}) {
  const asked = lesson.steps.flatMap((step, index) =>
    step.question ? [{ index, question: step.question }] : [],
  );
  if (asked.length === 0) return null;
  return (
    <section
      className="handout-answers"
      aria-labelledby="handout-answers"
      data-testid="handout-answers"
    >
      <h2 id="handout-answers">{t('ui.print.answers')}</h2>
      {asked.map(({ index, question }) => {
        const outcome = stores[index]?.getState().trace?.outcome ?? null;
        return (
          <div key={index} className="handout-question" data-testid="handout-question">
            <h3>
              {t('ui.print.question', {
                step: index + 1,
                title: stepTitle(lesson.id, index),
                prompt: questionPrompt(lesson.id, index),
              })}
            </h3>
            {outcome ? (
              <>
                <ul>
                  {question.choices.map((choice, choiceIndex) => {
                    const right = choice.isCorrect(outcome);
                    const label = choiceLabel(lesson.id, index, choiceIndex);
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a question's choices never reorder
                      <li key={choiceIndex} className={right ? 'is-right' : undefined}>
                        {right ? <strong>{t('ui.print.right', { choice: label })}</strong> : label}
                      </li>
                    );
                  })}
                </ul>
                <p>{explanation(lesson.id, index, question, outcome)}</p>
              </>
            ) : (
              <p>{t('ui.print.no-run')}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
