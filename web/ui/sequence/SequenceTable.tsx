import { partyName } from '../../text/messages/parties.ts';
import type { Arrow } from './arrows.ts';
import { fateWords, oscarWords, packetName, senderName } from './labels.ts';

/** The diagram as a table: for screen readers (beside the listbox) and for print. */
export function SequenceTable({ arrows }: { arrows: readonly Arrow[] }) {
  const withStates = arrows.some((a) => a.stateAfter !== undefined);
  return (
    <div className="seq-table-wrap">
      <table className="seq-table" data-testid="sequence-table">
        <caption>Packets in order, as a table</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Packet</th>
            <th scope="col">Oscar</th>
            <th scope="col">What happened</th>
            {withStates && <th scope="col">State after</th>}
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
