import { say } from '../../../text/messages/engine.ts';
import { settingSays } from '../../../text/messages/settings.ts';
import { CERTIFICATE_FORGERIES } from '../../config-types.ts';
import type { Packet } from '../../packet-types.ts';
import { FORGERY_LABELS } from '../forgeries/labels.ts';
import { CERTIFICATE_FORGERY_STRATEGIES } from '../forgeries/registry.ts';
import type { SearchMove } from '../search-move.ts';
import type { OscarStrategy } from '../strategy.ts';
import { ManInTheMiddle } from './man-in-the-middle.ts';
import type { CertificateChoice } from './present-certificate.ts';

const KEY_KINDS: readonly Packet['kind'][] = ['public-key', 'key-share', 'verify-key'];

const swapKey: SearchMove = {
  id: 'swap-key',
  group: 'key',
  scenarios: ['two-sessions'],
  fits: (packet) => KEY_KINDS.includes(packet.kind) && !packet.forgedBy,
  act: (hand, packet) => hand.mitm().intercept(packet),
  says: (packet) =>
    packet
      ? say('move.swap-key', {
          actor: 'oscar',
          from: packet.from,
          kind: packet.kind,
          to: packet.to,
        })
      : say('move.swap-a-key', { actor: 'oscar' }),
  stoppedBy: say('move.swap-key.stopped-by'),
};

/** One move per registered certificate forgery: he presents it in place of Bob's certificate. */
const presentForgeries: SearchMove[] = CERTIFICATE_FORGERIES.map((forgery) => {
  const strategy = CERTIFICATE_FORGERY_STRATEGIES[forgery];
  return {
    id: `present:${forgery}`,
    group: 'certificate',
    scenarios: ['two-sessions'],
    fits: (packet) => packet.kind === 'certificate' && !packet.forgedBy,
    act: (hand, packet) => hand.mitm().intercept(packet, forgery),
    says: () => strategy.says,
    stoppedBy: strategy.stoppedBy,
  };
});

/** His options: which certificate he presents in place of Bob's. */
export type MitmOptions = CertificateChoice;

/** He swaps public keys, holds a session key with each side and re-encrypts every message. */
export const inTheMiddle: OscarStrategy<MitmOptions> = {
  label: settingSays('strategy.mitm'),
  defaults: {},
  // With certificates on, one row per certificate he may present instead of Bob's.
  gridRows: (defences) =>
    defences.certificates === 'on'
      ? CERTIFICATE_FORGERIES.map((forgery) => ({
          variant: forgery,
          label: settingSays('row.mitm.presenting', { forgery: FORGERY_LABELS[forgery] }),
          options: { forgery },
        }))
      : [{ options: {} }],
  scenarios: ['conversation'],
  start: (context, certificate) => {
    const mitm = new ManInTheMiddle(context, { certificate });
    return (packet) => mitm.intercept(packet);
  },
  searchMoves: [swapKey, ...presentForgeries],
};
