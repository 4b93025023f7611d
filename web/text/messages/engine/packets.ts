/** What a packet is, as a noun phrase that reads well mid-sentence ("Bob receives …"). */
export const packetMessages = {
  'packet.safety-number-phone': 'a safety number by phone',
  'packet.key-checksum': 'a key checksum',
  'packet.wrapped-key': 'a wrapped AES key',
  'packet.session-nonce': 'a session nonce',
  'packet.encrypted-message': 'an encrypted message',
  'packet.message': 'a message',
} as const;
