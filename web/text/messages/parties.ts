import { partyName as nameInCatalogue, registerMessages } from '../catalogue.ts';
import type { Locale } from '../locale.ts';

/**
 * A party's name, `party.<id>`; the catalogue's `{actor, party}` argument reads these.
 * Numbered parties of one kind share a pattern: "broker-2" is `party.broker` with n = 2.
 */
export const partyMessages = {
  'party.alice': 'Alice',
  'party.bob': 'Bob',
  'party.oscar': 'Oscar',
  'party.ca': 'Certificate Authority',
  'party.broker': 'Broker {n}',
} as const;

registerMessages(partyMessages);

/** "alice" → "Alice", "broker-1" → "Broker 1", in the current locale. */
export function partyName(id: string, inLocale?: Locale): string {
  return nameInCatalogue(id, inLocale);
}
