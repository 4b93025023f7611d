import { describe, expect, it } from 'vitest';
import { fromHex } from '../web/crypto/encoding.ts';
import { runForTest } from '../web/protocol/testing.ts';
import { narratedLog } from './narrated-log.ts';
import { traceToJson } from './trace-json.ts';

interface JsonPacket {
  from: string;
  kind: string;
  encrypted: boolean;
  forgedBy?: string;
  fields: { name: string; size: number; hex: string }[];
}
interface JsonEvent {
  type: string;
  actor: string;
  narration: string;
  packet?: JsonPacket;
  result?: JsonPacket;
}

describe('trace JSON', () => {
  it('has the documented shape, with every byte as hex', async () => {
    const trace = await runForTest('sealed-envelope');
    const json = JSON.parse(JSON.stringify(traceToJson(trace, 'sealed-envelope'))) as {
      preset: string;
      scenario: string;
      events: JsonEvent[];
      outcome: Record<string, number>;
    };
    expect(json.preset).toBe('sealed-envelope');
    // The lesson's preset runs the conversation, with its settings.
    expect(json.scenario).toBe('conversation');
    expect(json.outcome).toMatchObject({ sent: 2, deliveredToBob: 1, readByOscar: 0, rejected: 0 });
    for (const event of json.events) {
      expect(event.type).toEqual(expect.any(String));
      expect(event.narration).not.toBe('');
    }
    const sent = json.events
      .filter((e) => e.type === 'packet-sent')
      .map((e) => e.packet as JsonPacket);
    const wrapped = sent.find((p) => p.kind === 'wrapped-key');
    expect(wrapped?.fields[0]).toMatchObject({ name: 'wrapped key', size: 128 });
    for (const packet of sent) {
      for (const field of packet.fields) expect(fromHex(field.hex).length).toBe(field.size);
    }
  });

  it('shows Oscar’s replacements as forged packets', async () => {
    const trace = await runForTest('oscar-in-the-middle');
    const json = traceToJson(trace) as { events: JsonEvent[] };
    const swaps = json.events.filter((e) => e.type === 'intercepted' && e.result);
    expect(swaps.length).toBeGreaterThan(0);
    for (const swap of swaps) expect(swap.result?.forgedBy).toBe('oscar');
  });
});

describe('narrated log', () => {
  it('has a header per actor, in the spirit of seed 000', async () => {
    const log = narratedLog(await runForTest('postcards', { config: { message: 'Hi Bob' } }));
    expect(log).toMatch(/^=+\nAlice:\n- Alice joined the network\./);
    expect(log).toContain('Internet:\n- Alice sends it as it is');
    expect(log).toContain('Oscar reads: "Hi Bob"');
    expect(log).toContain('- read by Oscar: 2 of 2');
  });
});

describe('the trace of the certificate-authority run', () => {
  it('carries the DER of the root and of every certificate on the wire', async () => {
    const trace = await runForTest('certificate-authority');
    const json = traceToJson(trace) as {
      events: {
        type: string;
        packet?: { kind: string; channel: string; fields: { name: string; hex: string }[] };
        result?: { kind: string; fields: { hex: string }[] };
      }[];
    };
    const certs = json.events
      .flatMap((e) => [e.packet, e.result])
      .filter((p): p is NonNullable<typeof p> => p?.kind === 'certificate')
      .map((p) => p.fields[0]?.hex ?? '');
    expect(certs.length).toBeGreaterThanOrEqual(4);
    for (const hex of certs) expect(hex).toMatch(/^3082/); // a DER SEQUENCE
    const root = json.events.find(
      (e) => e.packet?.kind === 'certificate' && e.packet.channel === 'registration',
    );
    expect(root?.packet?.fields[0]?.name).toBe('certificate');
  });
});
