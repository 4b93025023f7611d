import { checkLabel } from '../../protocol/checks.ts';
import { type BestAttack, describeScript } from '../../protocol/matrix/best-attack.ts';

/** The row's id in links: `#/matrix?row=best-attack`. */
export const BEST_ATTACK_ROW = 'best-attack';

interface Props {
  readonly best: BestAttack;
  readonly selected: boolean;
  readonly onSelect: () => void;
}

/** The bounded search's answer: the shortest winning script found, or none within the bound. */
export function BestAttackRow({ best, selected, onSelect }: Props) {
  const found = best.found;
  const title = `Oscar’s best attack (a search: at most ${best.bound} actions, two sessions, ${best.tried} scripts run)`;
  if (!found)
    return (
      <tr className="matrix-row winner-nothing" data-row={BEST_ATTACK_ROW}>
        <th scope="row">{title}</th>
        <td>No</td>
        <td>No</td>
        <td>—</td>
        <td className="matrix-winner">No attack within {best.bound} actions</td>
      </tr>
    );
  const { verdict, moves } = found;
  const actions = moves.length;
  return (
    <tr
      className="matrix-row winner-oscar"
      aria-current={selected ? 'true' : undefined}
      data-row={BEST_ATTACK_ROW}
    >
      <th scope="row">
        <button type="button" className="matrix-play" aria-pressed={selected} onClick={onSelect}>
          {title}
        </button>
      </th>
      <td>{verdict.read > 0 ? `Yes: ${verdict.read} of ${verdict.sent}` : 'No'}</td>
      <td>{verdict.accepted > 0 ? `Yes: ${verdict.accepted} accepted` : 'No'}</td>
      <td>{verdict.detectedBy ? checkLabel(verdict.detectedBy) : 'Not detected'}</td>
      <td className="matrix-winner">
        Oscar wins in {actions} action{actions === 1 ? '' : 's'}: {describeScript(moves)}
        {found.confirmed ? ' (run twice, won twice)' : ''}
      </td>
    </tr>
  );
}
