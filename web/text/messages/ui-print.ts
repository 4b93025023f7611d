import { registerMessages } from '../catalogue.ts';

// The handout: every step of a lesson on one page, to print.
registerMessages({
  'ui.print.back': 'Back to the lesson',
  'ui.print.print': 'Print',
  'ui.print.note':
    'Computed in this browser when the handout opened: the keys, bytes and outcomes are this run’s. Each step is shown where it pauses.',
  'ui.print.computing': 'Computing every step with WebCrypto…',
  'ui.print.step': 'Step {step} of {steps}:',
  'ui.print.exercise': 'On screen this step has an exercise to try: {link}',
  'ui.print.step-failed': 'This step could not be computed: {problem}',
  'ui.print.question-later': 'The check question for this step is on the last page.',
  'ui.print.answers': 'Check questions and answers',
  'ui.print.question': 'Step {step}, {title}: {prompt}',
  'ui.print.right': 'Right: {choice}',
  'ui.print.no-run': 'This step’s run could not be computed, so there is no answer to give.',
});
