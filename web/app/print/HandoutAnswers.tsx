import type { Lesson } from '../../lessons/types.ts';
import type { LabStore } from '../../store/store.ts';

/** The last page: every check question, its choices, the right ones marked, and why. */
export function HandoutAnswers({
  lesson,
  stores,
}: {
  lesson: Lesson;
  stores: readonly LabStore[];
}) {
  const asked = lesson.steps.flatMap((step, index) =>
    step.question ? [{ step, index, question: step.question }] : [],
  );
  if (asked.length === 0) return null;
  return (
    <section
      className="handout-answers"
      aria-labelledby="handout-answers"
      data-testid="handout-answers"
    >
      <h2 id="handout-answers">Check questions and answers</h2>
      {asked.map(({ step, index, question }) => {
        const outcome = stores[index]?.getState().trace?.outcome ?? null;
        return (
          <div key={step.title} className="handout-question" data-testid="handout-question">
            <h3>
              Step {index + 1}, {step.title}: {question.prompt}
            </h3>
            {outcome ? (
              <>
                <ul>
                  {question.choices.map((choice) => {
                    const right = choice.isCorrect(outcome);
                    return (
                      <li key={choice.label} className={right ? 'is-right' : undefined}>
                        {right ? <strong>Right: {choice.label}</strong> : choice.label}
                      </li>
                    );
                  })}
                </ul>
                <p>{question.explain(outcome)}</p>
              </>
            ) : (
              <p>This step’s run could not be computed, so there is no answer to give.</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
