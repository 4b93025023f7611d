import { partyName } from '../../protocol/types.ts';
import { t } from '../../text/index.ts';
import type { Arrow } from './arrows.ts';
import { fateWords, oscarWords, packetName, senderName } from './labels.ts';
import '../../text/messages/ui-sequence.ts';

/** The diagram as a table: for screen readers (beside the listbox) and for print. */
export function SequenceTable({ arrows }: { arrows: readonly Arrow[] }) {
  const withStates = arrows.some((a) => a.stateAfter !== undefined);
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
