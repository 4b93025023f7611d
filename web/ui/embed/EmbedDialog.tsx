import { useEffect, useId, useRef, useState } from 'react';
import { currentLocale, t } from '../../text/index.ts';
import '../../text/messages/ui-embed.ts';
import '../../text/messages/ui-lesson.ts';
import { Rich } from '../rich-text.tsx';
import { appUrl, linkMode } from '../routing/navigation.ts';
import { CopyField } from './CopyField.tsx';
import {
  type EmbedOptions,
  EXAMPLE_ORIGIN,
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
      <h2 id={`${ids}-title`}>{t('ui.lesson.embed')}</h2>
      <p className="muted">{t('ui.embed.step', { n: stepIndex + 1, title: stepTitle })}</p>
      <fieldset className="embed-options">
        <legend>{t('ui.embed.options')}</legend>
        <label htmlFor={`${ids}-size`}>
          <Rich
            k="ui.embed.size"
            nodes={{
              size: (
                <select
                  id={`${ids}-size`}
                  value={sizeIndex}
                  onChange={(e) => setSizeIndex(Number(e.target.value))}
                >
                  {FRAME_SIZES.map((size, index) => (
                    <option key={size.width} value={index}>
                      {t('ui.embed.frame-size', {
                        width: String(size.width),
                        height: String(size.height),
                      })}
                    </option>
                  ))}
                </select>
              ),
            }}
          />
        </label>
        <label htmlFor={`${ids}-parent`}>{t('ui.embed.parent')}</label>
        <input
          id={`${ids}-parent`}
          type="url"
          value={parent}
          placeholder={EXAMPLE_ORIGIN}
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
      <CopyField label={t('ui.embed.frame')} text={iframeSnippet(options)} multiline />
      <CopyField label={t('ui.embed.link')} text={plainLink(options)} />
      <h3>{t('ui.embed.where')}</h3>
      <ul className="embed-notes">
        <li>
          <Rich
            k="ui.embed.reveal"
            nodes={{ app: <strong>reveal.js</strong>, element: <code>&lt;section&gt;</code> }}
          />
        </li>
        <li>
          <Rich k="ui.embed.slides" nodes={{ app: <strong>Google Slides</strong> }} />
        </li>
        <li>
          <Rich
            k="ui.embed.lms"
            params={{
              host: window.location.host || t('ui.embed.this-site'),
              file: 'handshake-lab-scorm12.zip',
            }}
            nodes={{ page: <strong>{t('ui.embed.lms-page')}</strong> }}
          />
        </li>
      </ul>
      <form method="dialog" className="embed-close">
        <button type="submit">{t('ui.embed.close')}</button>
      </form>
    </dialog>
  );
}
