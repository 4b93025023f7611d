import { useEffect } from 'react';

type FaultPlace = 'page' | 'stage';

declare global {
  interface Window {
    /** Set by end-to-end tests (before the app starts) to make one part throw once. */
    __HANDSHAKE_LAB_FAULT__?: FaultPlace;
  }
}

/**
 * Lets a test prove that a failing part recovers: when the flag names this place, the part
 * throws once (from an effect, as a failed subscription would) and clears the flag. Without
 * the flag it does nothing.
 */
export function InjectedFault({ place }: { place: FaultPlace }) {
  useEffect(() => {
    if (window.__HANDSHAKE_LAB_FAULT__ !== place) return;
    delete window.__HANDSHAKE_LAB_FAULT__;
    throw new Error(`A test made the ${place} fail once.`);
  }, [place]);
  return null;
}
