import { registerMessages } from '../catalogue.ts';

// The sandbox: its introduction, its settings and Alice's message.
registerMessages({
  'ui.sandbox.heading': 'Sandbox',
  'ui.sandbox.intro':
    'Choose how Alice and Bob protect themselves and what Oscar does, under “Try it”. Every combination runs with real cryptography; the outcome is counted from what happened.',
  'ui.sandbox.address':
    'The address of this page keeps your settings: copy it to share this exact configuration.',
  'ui.sandbox.problems': 'Some settings in the link could not be used:',
  'ui.sandbox.try-it': 'Try it',
  'ui.sandbox.new-keys': 'New keys',
  'ui.sandbox.send': 'Send this message',
  'ui.sandbox.keep': 'Keep the first {limit} characters',
});
