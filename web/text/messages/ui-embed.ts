import { registerMessages } from '../catalogue.ts';

// The embed dialog: a step as a frame for a slide or a plain link, and where each goes.
registerMessages({
  'ui.embed.step': 'Step {n}, “{title}”, as it looks in a 16:9 slide.',
  'ui.embed.options': 'Options',
  'ui.embed.size': 'Size {size}',
  'ui.embed.frame-size': '{width} × {height}',
  'ui.embed.parent': 'Only this deck may drive it (optional origin)',
  'ui.embed.parent-problem':
    'An origin is a scheme, a host and an optional port, such as {example}, with no path.',
  'ui.embed.frame': 'Frame for a slide (HTML)',
  'ui.embed.frame-title': 'Handshake Lab: {title}',
  'ui.embed.link': 'Plain link',
  'ui.embed.where': 'Where to put it',
  'ui.embed.reveal':
    '{app}: paste the frame into a slide’s {element}. Click into it and use → and ← as usual: at the step’s ends the deck moves on by itself. reveal.js starts the step when its slide is shown.',
  'ui.embed.slides':
    '{app}: a slide cannot hold this frame. Select a text or shape, choose Insert → Link and paste the plain link; in the presentation, click it to open the step in the browser.',
  'ui.embed.lms-page': 'An LMS page',
  'ui.embed.lms':
    '{page} (Moodle, Canvas…): open the editor’s HTML source view and paste the frame. If it disappears on saving, ask the site’s administrator to allow frames from {host}, or use the plain link. To record completion and scores, upload the lab’s SCORM package, {file}, instead.',
  'ui.embed.this-site': 'this site',
  'ui.embed.close': 'Close',
});
