import '../text/lessons/nonce-reuse.ts';
import type { ByteRecovery, Outcome } from '../protocol/index.ts';
import type { Params } from '../text/index.ts';
import { atEnd, atStart, type Lesson } from './types.ts';

/** What Oscar recovered of message 2, the one he does not know in advance. */
const secondMessage = (o: Outcome): ByteRecovery | undefined =>
  o.recoveredBytes?.find((r) => r.message === 2);
const recoveredOfSecond = (o: Outcome) => secondMessage(o)?.recovered ?? 0;
/** How much of message 2 Oscar recovered, what he read whole, and what Bob accepted. */
const recovery = (o: Outcome): Params => ({
  recovered: recoveredOfSecond(o),
  total: secondMessage(o)?.total ?? 0,
  read: o.readByOscar,
  sent: o.sent,
  forged: o.forgedAccepted,
});

/** Longer than the 60-byte announcement Oscar knows: he recovers only its start. */
const LONG_ORDER =
  'pay 100 to Carol, 250 to Dave and 75 to Erin; keep every receipt until the month ends.';

export const nonceReuse: Lesson = {
  id: 'nonce-reuse',
  seed: '004',
  steps: [
    {
      preset: 'nonce-reuse',
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => recoveredOfSecond(o) > 0,
          },
          { isCorrect: (o) => recoveredOfSecond(o) === 0 },
        ],
        explain: recovery,
      },
    },
    {
      preset: 'nonce-reuse',
      config: { message: LONG_ORDER },
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => {
              const r = secondMessage(o);
              return r !== undefined && r.recovered === r.total;
            },
          },
          {
            isCorrect: (o) => {
              const r = secondMessage(o);
              return r !== undefined && r.recovered > 0 && r.recovered < r.total;
            },
          },
          { isCorrect: (o) => recoveredOfSecond(o) === 0 },
        ],
        explain: recovery,
      },
    },
    {
      preset: 'nonce-reuse',
      config: { cipher: 'aes-gcm' },
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        choices: [
          {
            isCorrect: (o) => o.forgedTagAccepted === true,
          },
          { isCorrect: (o) => o.forgedTagAccepted !== true },
        ],
        explain: recovery,
      },
    },
  ],
};
