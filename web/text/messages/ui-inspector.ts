import { registerMessages } from '../catalogue.ts';

// The packet inspector: what is on the wire, field by field.
registerMessages({
  'ui.inspector.heading': 'On the wire',
  'ui.inspector.empty': 'No packet has been sent yet.',
  'ui.inspector.list': 'Packets sent so far',
  'ui.inspector.bytes-of': 'Bytes of {packet}',
  'ui.inspector.encrypted': 'encrypted',
  'ui.inspector.not-encrypted': 'not encrypted',
  'ui.inspector.hex': 'hex',
  'ui.inspector.base64': 'base64',
  'ui.inspector.as-text': 'as text',
  'ui.inspector.not-text': 'not valid UTF-8: no text to read',
  'ui.inspector.show-less': 'Show less',
  'ui.inspector.show-all': 'Show all {bytes} bytes',
});
