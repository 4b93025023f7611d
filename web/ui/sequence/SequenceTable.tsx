import type { StepOnTrace } from '../../protocol/index.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-sequence.ts';
import { partyName } from '../../text/messages/parties.ts';
import type { Arrow } from './arrows.ts';
import { fateWords, oscarWords, packetName, senderName } from './labels.ts';
import { stepSentence } from './script-steps.ts';

interface Props {
  readonly arrows: readonly Arrow[];
  /** Oscar's steps taken so far, when the run follows a script. */
  readonly steps?: readonly StepOnTrace[];
}

/** The diagram as a table: for screen readers (beside the listbox) and for print. */
export function SequenceTable({ arrows, steps = [] }: Props) {
  const withStates = arrows.some((a) => a.stateAfter !== undefined);
  const withSteps = steps.length > 0;
  const stepsOn = (arrow: Arrow, i: number) =>
    arrows.findIndex((a) => a.packet.id === arrow.packet.id) === i
      ? steps.filter((s) => s.packetId === arrow.packet.id)
      : [];
  const later = steps.filter((s) => s.packetId === null);
  const columns = 6 + (withStates ? 1 : 0);
  return (
    <div className="seq-table-wrap">
      <table className="seq-table" data-testid="sequence-table">
        <caption>{t('ui.sequence.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('ui.sequence.from')}</th>
            <th scope="col">{t('ui.sequence.to')}</th>
            <th scope="col">{t('ui.sequence.packet')}</th>
            <th scope="col">{t('ui.sequence.oscar')}</th>
            <th scope="col">{t('ui.sequence.what')}</th>
            {withStates && <th scope="col">{t('ui.sequence.state-after')}</th>}
            {withSteps && <th scope="col">{t('ui.sequence.oscar-step')}</th>}
          </tr>
        </thead>
        <tbody>
          {arrows.map((arrow, i) => (
            <tr key={arrow.key} data-packet={arrow.packet.id}>
              <td>{i + 1}</td>
              <td>{senderName(arrow)}</td>
              <td>{partyName(arrow.packet.to)}</td>
              <td>{packetName(arrow.packet.label)}</td>
              <td>{oscarWords(arrow) || '—'}</td>
              <td>{fateWords(arrow)}</td>
              {withStates && <td>{arrow.stateAfter ?? '—'}</td>}
              {withSteps && <td>{stepsOn(arrow, i).map(stepSentence).join(' ') || '—'}</td>}
            </tr>
          ))}
          {later.length > 0 && (
            <tr>
              <td colSpan={columns}>{t('ui.sequence.after')}</td>
              <td>{later.map(stepSentence).join(' ')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
