import { registerMessages } from '../catalogue.ts';

// What the stage shows once a run has brought it: the keys each party holds, the marks on a
// packet and what a relay sees. Apart from ui-stage.ts, so they load with the parts that show them.
registerMessages({
  'ui.stage.keys-of': 'Keys {party} holds',
  // The packet on the wire, a button: {protection} lists its marks (encrypted, signed, …).
  'ui.stage.packet': '{name}, {bytes} B: {protection}. Inspect its bytes.',
  'ui.stage.erased': 'erased:',
  'ui.stage.list-separator': ', ',
  'ui.key.pair': '{name} key pair',
  'ui.key.public': '{name} public',
  'ui.key.shared': 'shared',
  'ui.key.with': 'with {party}',
  'ui.key.as': 'as {party}’s',
  'ui.key.really-with': 'really with {party}',
  'ui.key.really': 'really {party}’s',
  'ui.key.also-held': 'also held by {parties}',
  'ui.key.and': '{first} and {second}',
  'ui.key.erased': 'erased',
  'ui.mark.open': 'open',
  'ui.mark.locked': 'locked',
  'ui.mark.signed': 'signed',
  'ui.mark.forged': 'forged by Oscar',
  'ui.relay.sees': 'Sees packet ',
  'ui.relay.read': 'read it',
  'ui.relay.sealed': 'can’t read it',
});
