import { Fragment } from 'react';
import type { HeldKey } from '../../protocol/index.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-stage.ts';
import { KeyChip, keyCaption } from './KeyChip.tsx';

/**
 * The keys a party holds, on its box. A party holds none before the run: this loads after
 * the page (web/ui/stage/Stage.tsx), not with it.
 */
export default function PartyKeys({
  keys,
  name,
  holder,
}: {
  keys: readonly HeldKey[];
  /** The party's name, for the list's label. */
  name: string;
  /** The name its box shows ("CA"), said of the keys believed to be its. */
  holder: string;
}) {
  const live = keys.filter((held) => !held.erased);
  const erased = keys.filter((held) => held.erased);
  return (
    <ul className="party-keys" aria-label={t('ui.stage.keys-of', { party: name })}>
      {live.map((held) => (
        <KeyChip
          compact
          key={`${held.key.id}-${held.key.fingerprint.short}`}
          held={held}
          holder={holder}
        />
      ))}
      {erased.length > 0 && (
        // Keys deleted at the end of a session stay on the stage, struck out, on one line (their
        // fingerprints are in “What each party knows”).
        <li className="key-chip key-erased key-erased-summary">
          <span className="key-erased-note">{t('ui.stage.erased')}</span>{' '}
          {erased.map((held, index) => (
            <Fragment key={`${held.key.id}-${held.key.fingerprint.short}`}>
              <span className="key-name">{keyCaption(held, true)}</span>
              {index < erased.length - 1 ? t('ui.stage.list-separator') : ''}
            </Fragment>
          ))}
        </li>
      )}
    </ul>
  );
}
