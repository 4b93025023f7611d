import { registerMessages } from '../catalogue.ts';

// The lesson page's own words: the step's heading, its links, its outline and its check question.
registerMessages({
  'ui.lesson.present': 'Present',
  'ui.lesson.present-blocked':
    'The browser blocked the projector window: allow pop-ups here and press Present again.',
  'ui.lesson.step-count': '{lesson} · step {step} of {steps}',
  'ui.lesson.embed-title': '{lesson}: {step}',
  'ui.lesson.loading': 'Loading the lesson…',
  'ui.lesson.loading-speaker': 'Loading the speaker view…',
  'ui.lesson.print': 'Print this lesson',
  'ui.lesson.links': 'Lesson steps',
  'ui.lesson.previous': '← Previous step',
  'ui.lesson.all-lessons': 'All lessons',
  'ui.lesson.next': 'Next step →',
  'ui.lesson.done': 'Done: all lessons',
  'ui.lesson.outline': 'Steps of this lesson',
  'ui.lesson.outline.before': 'Step ',
  'ui.lesson.outline.position': '{step} / {steps}',
  'ui.lesson.outline.after': ': all steps',
  'ui.lesson.check.play-first': 'Play the step to the end first, or answer now and check.',
  'ui.lesson.check.played': 'The run has played to the end: check your answer against it.',
  'ui.lesson.check.right': 'Right.',
  'ui.lesson.check.wrong': 'Not quite.',
  'ui.lesson.embed': 'Embed this step',
  'ui.widget.exercise': 'Exercise',
  'ui.widget.loading': 'Loading the exercise…',
});
