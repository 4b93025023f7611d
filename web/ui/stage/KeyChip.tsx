import type { HeldKey } from '../../protocol/knowledge.ts';
import { PARTY_NAMES } from '../../protocol/types.ts';

function keyCaption(held: HeldKey): string {
  const { key } = held;
  if (key.kind === 'aes') return `AES-${key.bits}`;
  return held.hasPrivate ? `RSA-${key.bits} key pair` : `RSA-${key.bits} public`;
}

function whose(held: HeldKey, holder: string): string | null {
  const owner = held.believedOwner;
  if (owner === 'shared') return 'shared';
  if (held.hasPrivate) return null;
  return PARTY_NAMES[owner] === holder ? null : `as ${PARTY_NAMES[owner]}’s`;
}

/** A key drawn with its colour and short fingerprint; the text alone tells keys apart. */
export function KeyChip({ held, holder }: { held: HeldKey; holder: string }) {
  const tag = whose(held, holder);
  return (
    <li
      className="key-chip"
      style={{ '--key-hue': held.key.fingerprint.hue } as React.CSSProperties}
    >
      <span className="key-swatch" aria-hidden="true" />
      <span className="key-name">{keyCaption(held)}</span>
      <code className="key-fp">{held.key.fingerprint.short}</code>
      {tag && <span className="key-owner">{tag}</span>}
    </li>
  );
}
