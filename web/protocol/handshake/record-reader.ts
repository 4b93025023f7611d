import { bytesEqual } from '../../crypto/bytes.ts';
import { tryUtf8 } from '../../crypto/encoding.ts';
import type { Packet } from '../packet-types.ts';
import type { Run } from '../run.ts';
import type { DirectionKeys } from './key-schedule.ts';
import { CLOSE_NOTIFY, CONTENT, openRecord } from './records.ts';

/**
 * The server's side of the record layer: it opens each arriving record as the next one,
 * under the client's traffic key and the nonce for the next sequence number. A record that
 * was replayed, dropped before, reordered, changed, forged or sent in another session does
 * not open, and the connection ends there, as in TLS (a bad_record_mac alert).
 */
export class RecordReader {
  private sequence = 0;

  constructor(
    private readonly run: Run,
    private readonly keys: DirectionKeys,
  ) {}

  /** 'read' for a message, 'closed' for a valid close_notify, 'broken' for anything else. */
  async open(packet: Packet): Promise<'read' | 'closed' | 'broken'> {
    const expected = this.sequence;
    const opened = await openRecord(this.keys, expected, packet.fields);
    if (!opened)
      return this.broken(
        packet,
        `it does not open as record ${expected} (client traffic key, nonce = IV XOR ${expected}): replayed, reordered, changed, forged, from another session, or a record before it is missing`,
      );
    this.sequence++;
    if (opened.type === CONTENT.alert && bytesEqual(opened.content, CLOSE_NOTIFY)) {
      this.pass(
        packet,
        'close.notify',
        `close_notify opened as record ${expected}: records 0 to ${expected - 1} all arrived, in order, and nothing follows.`,
        `Bob opens close_notify as record ${expected}: every record before it arrived, in order.`,
      );
      return 'closed';
    }
    const text = opened.type === CONTENT.applicationData ? tryUtf8(opened.content) : null;
    if (text === null || !packet.messageId)
      return this.broken(packet, `record ${expected} opens but is not a message`);
    this.pass(
      packet,
      'record.open',
      `Record ${expected} opens under the client traffic key with nonce IV XOR ${expected}.`,
      `Bob opens it as record ${expected}: the tag verifies with the nonce for ${expected}.`,
    );
    this.run.read('bob', packet.messageId, text, `Bob reads: "${text}"`);
    return 'read';
  }

  private pass(
    packet: Packet,
    check: 'record.open' | 'close.notify',
    detail: string,
    narration: string,
  ): void {
    this.run.emit({
      type: 'check',
      actor: 'bob',
      check,
      passed: true,
      detail,
      packetId: packet.id,
      narration,
    });
  }

  private broken(packet: Packet, reason: string): 'broken' {
    this.run.emit({
      type: 'check',
      actor: 'bob',
      check: 'record.open',
      passed: false,
      detail: reason,
      packetId: packet.id,
      narration: `Bob checks it: ${reason}.`,
    });
    if (packet.messageId)
      this.run.emit({
        type: 'message-rejected',
        actor: 'bob',
        messageId: packet.messageId,
        reason,
        narration: 'Bob rejects the record.',
      });
    this.run.emit({
      type: 'aborted',
      actor: 'bob',
      reason: 'a record failed to open, so the conversation cannot be trusted to be whole',
      check: 'record.open',
      truncated: true,
      narration:
        'Bob ends the connection (TLS sends a bad_record_mac alert) and reports the conversation as truncated.',
    });
    return 'broken';
  }
}
