import { registerStepTitles } from '../keys.ts';

// The step titles of “Locked box”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('locked-box', ['A key they both hold', 'What Oscar sees', 'The open question']);
