import { lazy } from 'react';

/** The keys on a party's box: loaded once the stage is up (no party holds a key before its run). */
export const loadPartyKeys = () => import('./PartyKeys.tsx');
export const PartyKeys = lazy(loadPartyKeys);
