import type { HeldKey, KeyInfo, PartyId } from '../../protocol/index.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-stage-run.ts';
import { partyName } from '../../text/messages/parties.ts';
import './key-chip.css';

export function keyCaption(held: HeldKey, compact: boolean): string {
  const { key } = held;
  if (compact)
    return key.kind === 'aes'
      ? 'AES'
      : key.kind === 'rsa-public'
        ? 'RSA'
        : key.algorithm.replace('ECDH ', '');
  if (key.kind === 'aes') return `AES-${key.bits}`;
  const name = key.kind === 'rsa-public' ? `RSA-${key.bits}` : key.algorithm;
  return t(held.hasPrivate ? 'ui.key.pair' : 'ui.key.public', { name });
}

/** On the stage the CA's box says "CA"; its keys are named the same way there. */
function stageName(id: PartyId): string {
  return id === 'ca' ? 'CA' : partyName(id);
}

/** "as Bob’s" (what the holder believes), and the truth when it differs: "really Oscar’s". */
export function keyBelief(
  held: HeldKey,
  holder: string,
  nameOf: (id: PartyId) => string = partyName,
): { belief: string | null; truth: string | null } {
  const ownerName = (owner: KeyInfo['owner']) =>
    owner === 'shared' || owner === 'unknown' ? null : nameOf(owner as PartyId);
  // Their own key pair needs no owner; a stolen one says whose it was.
  if (
    held.hasPrivate &&
    (held.believedOwner === 'shared' || ownerName(held.believedOwner) === holder)
  )
    return { belief: null, truth: null };
  const believed = held.believedOwner === 'shared' ? 'shared' : ownerName(held.believedOwner);
  const real = ownerName(held.key.owner);
  const aes = held.key.kind === 'aes';
  const belief =
    believed === 'shared'
      ? t('ui.key.shared')
      : believed && believed !== holder
        ? t(aes ? 'ui.key.with' : 'ui.key.as', { party: believed })
        : null;
  const deceived =
    believed !== 'shared' &&
    real !== null &&
    believed !== null &&
    real !== believed &&
    real !== holder;
  const truth = deceived ? t(aes ? 'ui.key.really-with' : 'ui.key.really', { party: real }) : null;
  return { belief, truth };
}

/** A key drawn with its colour and short fingerprint; the text alone tells keys apart. */
export function KeyChip({
  held,
  holder,
  alsoHeldBy = [],
  compact = false,
}: {
  held: HeldKey;
  holder: string;
  /** Others who hold the very same symmetric key. */
  alsoHeldBy?: readonly string[];
  /** Short form for the stage: kind, fingerprint, belief. */
  compact?: boolean;
}) {
  const { belief, truth } = keyBelief(held, holder, compact ? stageName : partyName);
  // Who else holds it, unless the belief or the truth already names them.
  const named = [held.believedOwner, held.key.owner]
    .filter((o) => o !== 'shared' && o !== 'unknown')
    .map((o) => partyName(o as PartyId));
  const others = alsoHeldBy.filter((name) => !named.includes(name));
  return (
    <li
      className={held.erased ? 'key-chip key-erased' : 'key-chip'}
      style={{ '--key-hue': held.key.fingerprint.hue } as React.CSSProperties}
    >
      <span className="key-swatch" aria-hidden="true" />
      <span className="key-name">{keyCaption(held, compact)}</span>
      <code className="key-fp">{held.key.fingerprint.short}</code>
      {belief && <span className="key-owner">{belief}</span>}
      {truth && <strong className="key-truth">({truth})</strong>}
      {others.length > 0 && (
        <span className="key-owner">
          {t('ui.key.also-held', {
            parties: others.reduce((first, second) => t('ui.key.and', { first, second })),
          })}
        </span>
      )}
      {held.erased && <span className="key-erased-note">{t('ui.key.erased')}</span>}
    </li>
  );
}
