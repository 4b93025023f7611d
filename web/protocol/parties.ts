/**
 * A party's id: lower case, words joined by "-" ("alice", "broker-1"). Which parties take
 * part, and how they are linked, is the scenario's topology (`Trace.topology`).
 */
export type PartyId = string;

/** What a party does in a topology; the stage lays parties out by it. */
export type PartyRole = 'sender' | 'recipient' | 'relay' | 'attacker' | 'authority';

export interface TopologyParty {
  readonly id: PartyId;
  readonly role: PartyRole;
}

/** A connection two parties send packets over. Its id names both ends: "alice-broker-1". */
export interface Link {
  readonly id: string;
  readonly a: PartyId;
  readonly b: PartyId;
}

/** Where Oscar is: tapping one link, or inside a relay (he holds what the relay holds). */
export type OscarPosition =
  | { readonly on: 'link'; readonly link: string }
  | { readonly on: 'relay'; readonly party: PartyId };

/**
 * Who takes part and how they are connected. Parties are listed left to right along the
 * wire (the authority stands apart); the page lays the stage out from this alone.
 */
export interface Topology {
  readonly parties: readonly TopologyParty[];
  readonly links: readonly Link[];
  /** Null when Oscar is not on the network. */
  readonly oscar: OscarPosition | null;
}
