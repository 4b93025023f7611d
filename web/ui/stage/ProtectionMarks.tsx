import { LockIcon } from '../LockIcon.tsx';
import { type ProtectionMark, protectionLabel } from './packet-protection.ts';

/** A seal with a tick: a signature travels with the packet. */
function SealIcon() {
  return (
    <svg className="mark-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M5 8.2 7.2 10.4 11 5.8" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/** A warning triangle: Oscar made this packet. */
function ForgedIcon() {
  return (
    <svg className="mark-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d="M8 1.5 15 14.5H1Z" fill="currentColor" />
      <path d="M8 6v4M8 11.5v1.5" stroke="var(--paper)" strokeWidth="1.8" />
    </svg>
  );
}

const ICONS: Record<ProtectionMark, () => React.ReactElement> = {
  open: () => <LockIcon open />,
  locked: () => <LockIcon />,
  signed: SealIcon,
  forged: ForgedIcon,
};

/** Icon and word for each mark: never colour alone. Decorative for screen readers when `hidden`. */
export function ProtectionMarks({ marks }: { marks: readonly ProtectionMark[] }) {
  return (
    <span className="marks" aria-hidden="true">
      {marks.map((mark) => {
        const Icon = ICONS[mark];
        return (
          <span key={mark} className={`mark mark-${mark}`} data-mark={mark}>
            <Icon />
            {protectionLabel(mark)}
          </span>
        );
      })}
    </span>
  );
}
