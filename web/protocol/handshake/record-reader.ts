import { bytesEqual } from '../../crypto/bytes.ts';
import { tryUtf8 } from '../../crypto/encoding.ts';
import { type EngineText, say } from '../../text/messages/engine.ts';
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
      return this.broken(packet, say('reason.record-does-not-open', { record: String(expected) }));
    this.sequence++;
    if (opened.type === CONTENT.alert && bytesEqual(opened.content, CLOSE_NOTIFY)) {
      this.pass(
        packet,
        'close.notify',
        say('detail.close-notify-opened', {
          record: String(expected),
          previous: String(expected - 1),
        }),
        say('narration.opens-close-notify', { actor: 'bob', record: String(expected) }),
      );
      return 'closed';
    }
    const text = opened.type === CONTENT.applicationData ? tryUtf8(opened.content) : null;
    if (text === null || !packet.messageId)
      return this.broken(packet, say('reason.record-not-message', { record: String(expected) }));
    this.pass(
      packet,
      'record.open',
      say('detail.record-opens', { record: String(expected) }),
      say('narration.opens-record', { actor: 'bob', record: String(expected) }),
    );
    this.run.read(
      'bob',
      packet.messageId,
      text,
      say('narration.reads-quoted', { actor: 'bob', text }),
    );
    return 'read';
  }

  private pass(
    packet: Packet,
    check: 'record.open' | 'close.notify',
    detail: EngineText,
    narration: EngineText,
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

  private broken(packet: Packet, reason: EngineText): 'broken' {
    this.run.emit({
      type: 'check',
      actor: 'bob',
      check: 'record.open',
      passed: false,
      detail: reason,
      packetId: packet.id,
      narration: say('narration.checks-record', { actor: 'bob', reason }),
    });
    if (packet.messageId)
      this.run.emit({
        type: 'message-rejected',
        actor: 'bob',
        messageId: packet.messageId,
        reason,
        narration: say('narration.rejects-record', { actor: 'bob' }),
      });
    this.run.emit({
      type: 'aborted',
      actor: 'bob',
      reason: say('reason.record-failed'),
      check: 'record.open',
      truncated: true,
      narration: say('narration.ends-bad-record-mac', { actor: 'bob' }),
    });
    return 'broken';
  }
}
