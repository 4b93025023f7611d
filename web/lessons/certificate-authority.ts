import '../text/lessons/certificate-authority.ts';
import { atEnd, atStart, countOf, detection, type Lesson } from './types.ts';

export const certificateAuthority: Lesson = {
  id: 'certificate-authority',
  seed: '001',
  steps: [
    {
      preset: 'certificate-authority',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      preset: 'certificate-authority',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'mitm', forgery: 'no-certificate' },
      question: {
        choices: [
          {
            isCorrect: (o) => o.detectedBy !== undefined && o.sent === 0,
          },
          { isCorrect: (o) => o.readByOscar > 0 },
        ],
        explain: (o) => ({ ...detection(o), ...countOf('read', o.readByOscar, o.sent) }),
      },
    },
    {
      preset: 'certificate-authority',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'mitm', forgery: 'self-signed' },
      widget: 'forgery-picker',
    },
    {
      preset: 'certificate-authority',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'mitm', forgery: 'compromised-ca' },
      question: {
        choices: [
          { isCorrect: (o) => o.readByOscar === 0 },
          { isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) => countOf('read', o.readByOscar, o.sent),
      },
    },
    {
      preset: 'certificate-authority',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'certificate-export',
    },
    {
      preset: 'certificate-authority',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'mitm', forgery: 'self-signed' },
      widget: 'paste-pem',
    },
  ],
};
