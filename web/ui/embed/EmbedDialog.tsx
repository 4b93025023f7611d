import { useEffect, useId, useRef, useState } from 'react';
import { currentLocale } from '../../text/index.ts';
import { appUrl, linkMode } from '../routing/navigation.ts';
import { CopyField } from './CopyField.tsx';
import {
  type EmbedOptions,
  FRAME_SIZES,
  iframeSnippet,
  parentProblem,
  plainLink,
} from './embed-snippet.ts';
import './embed.css';

interface Props {
  lessonId: string;
  stepIndex: number;
  stepTitle: string;
  onClose: () => void;
}

export function EmbedDialog({ lessonId, stepIndex, stepTitle, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [sizeIndex, setSizeIndex] = useState(0);
  const [parent, setParent] = useState('');
  const ids = useId();
  const problem = parentProblem(parent.trim());

  // Opened as a modal: focus moves in, the page behind is inert, Escape closes it.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const options: EmbedOptions = {
    appUrl: appUrl(),
    links: linkMode(),
    lessonId,
    stepIndex,
    stepTitle,
    size: FRAME_SIZES[sizeIndex] ?? FRAME_SIZES[0],
    parent: problem ? '' : parent.trim(),
    ...(currentLocale() === 'en' ? {} : { lang: currentLocale() }),
  };

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      data-testid="embed-dialog"
    >
      <h2 id={`${ids}-title`}>Embed this step</h2>
      <p className="muted">
        Step {stepIndex + 1}, “{stepTitle}”, as it looks in a 16:9 slide.
      </p>
      <fieldset className="embed-options">
        <legend>Options</legend>
        <label>
          Size{' '}
          <select value={sizeIndex} onChange={(e) => setSizeIndex(Number(e.target.value))}>
            {FRAME_SIZES.map((size, index) => (
              <option key={size.width} value={index}>
                {size.width} × {size.height}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${ids}-parent`}>Only this deck may drive it (optional origin)</label>
        <input
          id={`${ids}-parent`}
          type="url"
          value={parent}
          placeholder="https://slides.example.org"
          onChange={(e) => setParent(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${ids}-parent-problem` : undefined}
        />
        {problem && (
          <p id={`${ids}-parent-problem`} className="error">
            {problem}
          </p>
        )}
      </fieldset>
      <CopyField label="Frame for a slide (HTML)" text={iframeSnippet(options)} multiline />
      <CopyField label="Plain link" text={plainLink(options)} />
      <h3>Where to put it</h3>
      <ul className="embed-notes">
        <li>
          <strong>reveal.js</strong>: paste the frame into a slide’s <code>&lt;section&gt;</code>.
          Click into it and use → and ← as usual: at the step’s ends the deck moves on by itself.
          reveal.js starts the step when its slide is shown.
        </li>
        <li>
          <strong>Google Slides</strong>: a slide cannot hold this frame. Select a text or shape,
          choose Insert → Link and paste the plain link; in the presentation, click it to open the
          step in the browser.
        </li>
        <li>
          <strong>An LMS page</strong> (Moodle, Canvas…): open the editor’s HTML source view and
          paste the frame. If it disappears on saving, ask the site’s administrator to allow frames
          from {window.location.host || 'this site'}, or use the plain link. To record completion
          and scores, upload the lab’s SCORM package, handshake-lab-scorm12.zip, instead.
        </li>
      </ul>
      <form method="dialog" className="embed-close">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
