import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../crypto/bytes.ts';
import { utf8Decode, utf8Encode } from '../../crypto/encoding.ts';
import { finishedMac, finishedVerifies, keySchedule } from './key-schedule.ts';
import { CONTENT, openRecord, sealRecord } from './records.ts';

const secret = randomBytes(32);
const thisSession = randomBytes(32);
const otherSession = randomBytes(32);

describe('records under the key schedule', () => {
  it('open only as the record number they were sealed as, in their own session and direction', async () => {
    const schedule = await keySchedule(secret, thisSession, 256);
    const record = await sealRecord(
      schedule.client,
      1,
      utf8Encode('pay 20 to Dave'),
      CONTENT.applicationData,
      'text',
    );
    const opened = await openRecord(schedule.client, 1, record);
    expect(opened?.type).toBe(CONTENT.applicationData);
    expect(utf8Decode(opened?.content ?? new Uint8Array())).toBe('pay 20 to Dave');
    // Replayed or reordered: another number gives another nonce.
    expect(await openRecord(schedule.client, 0, record)).toBeNull();
    expect(await openRecord(schedule.client, 2, record)).toBeNull();
    // Reflected back the other way: the server's key.
    expect(await openRecord(schedule.server, 1, record)).toBeNull();
    // Another session: same secret, another transcript, other keys.
    const other = await keySchedule(secret, otherSession, 256);
    expect(await openRecord(other.client, 1, record)).toBeNull();
  });

  it('Finished verifies over its own transcript hash only', async () => {
    const schedule = await keySchedule(secret, thisSession, 128);
    const mac = await finishedMac(schedule.server, thisSession);
    expect(await finishedVerifies(schedule.server, mac, thisSession)).toBe(true);
    expect(await finishedVerifies(schedule.server, mac, otherSession)).toBe(false);
    expect(await finishedVerifies(schedule.client, mac, thisSession)).toBe(false);
  });
});
