import { registerMessages } from '../catalogue.ts';

// A lesson that could not be loaded, on its handout and on its page: there it is loaded with
// the failure, so a page whose lesson loads never carries it.
registerMessages({
  'ui.lesson.load-failed': 'The lesson could not be loaded: {problem}',
});
