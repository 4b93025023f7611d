import { ManInTheMiddle } from '../oscar-mitm.ts';
import type { OscarStrategy } from './strategy.ts';

/** He swaps public keys, holds a session key with each side and re-encrypts every message. */
export const inTheMiddle: OscarStrategy = {
  label: 'man in the middle: swaps keys',
  scenarios: ['conversation'],
  start: (context) => {
    const mitm = new ManInTheMiddle(context);
    return (packet) => mitm.intercept(packet);
  },
};
