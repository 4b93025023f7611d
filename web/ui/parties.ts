import type { PartyId } from '../protocol/types.ts';

/** Where each party stands on the stage, in percent of its width, and how it is introduced. */
export const PARTY_LAYOUT: Record<PartyId, { x: number; role: string }> = {
  alice: { x: 15, role: 'sender' },
  oscar: { x: 50, role: 'on the wire' },
  bob: { x: 85, role: 'recipient' },
  ca: { x: 50, role: 'vouches for keys' },
};
