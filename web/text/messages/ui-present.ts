import { registerMessages } from '../catalogue.ts';

// The speaker's window while presenting.
registerMessages({
  'ui.present.waiting': 'Waiting for the projector window…',
  'ui.present.playing': 'Projector: event {shown} of {events}. → plays the next part of this step.',
  'ui.present.paused-next':
    'Projector: event {shown} of {events}, where this step pauses. → opens the next step.',
  'ui.present.paused-last':
    'Projector: event {shown} of {events}, where this step pauses. This is the lesson’s last step.',
  'ui.present.presenting': 'Presenting: {lesson}',
  'ui.present.count': 'step {step} of {steps}',
  'ui.present.time': 'Time presenting: ',
  'ui.present.stop': 'Stop presenting',
  'ui.present.notes-loading': 'Loading the notes…',
  'ui.present.question': 'Check question:',
  'ui.present.where': 'Where the lesson goes',
  'ui.present.next': 'Next step',
  'ui.present.none-next': 'None: this is the last step.',
  'ui.present.outline': 'Steps of this lesson',
  'ui.present.steps': 'Steps',
  'ui.present.keys':
    '→, Space or Page Down step forward, ← or Page Up back, in this window or the projector’s. Closing the projector window ends presenting.',
});
