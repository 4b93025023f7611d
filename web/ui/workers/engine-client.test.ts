import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  engineFailureText,
  type RunRequest,
  type Trace,
} from '../../protocol/index.ts';
import { EngineFailed } from '../../store/engine-service.ts';
import { inPageEngine } from '../../store/in-page-engine.ts';
import { workerEngine } from './engine-client.ts';
import { type EngineCall, serveEngine } from './engine-messages.ts';

/**
 * A worker in this thread that behaves like a real one: every call and answer crosses by
 * structured clone, in a later task, and the engine is served by the worker's own code.
 */
class LoopbackWorker extends EventTarget {
  readonly calls: EngineCall[] = [];
  terminated = false;
  private readonly serve = serveEngine(inPageEngine(), (answer) => {
    const copy = structuredClone(answer);
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: copy })));
  });

  postMessage(call: EngineCall): void {
    this.calls.push(call);
    const copy = structuredClone(call);
    setTimeout(() => this.serve(copy));
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A worker whose script never loads: it answers nothing and reports an error. */
class BrokenWorker extends EventTarget {
  readonly calls: EngineCall[] = [];
  terminated = false;

  postMessage(call: EngineCall): void {
    this.calls.push(call);
    setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (fake: EventTarget) => fake as unknown as Worker;

/** Oscar in the middle of an unchecked RSA exchange: he reads both messages, unseen. */
const MIDDLE: RunRequest = {
  scenario: 'conversation',
  config: { ...DEFAULT_CONFIG, keyExchange: 'rsa', check: 'off' },
  plan: { presence: 'mitm' },
};

/** The bytes of Bob's public key as it was sent. */
const bobsPublicKey = (trace: Trace) =>
  trace.events.flatMap((event) =>
    event.type === 'packet-sent' &&
    event.packet.kind === 'public-key' &&
    event.packet.from === 'bob'
      ? event.packet.fields.map((field) => field.bytes)
      : [],
  );

describe('the engine in a worker', () => {
  it('runs a request and hands back the whole trace, packets as bytes', async () => {
    const worker = new LoopbackWorker();
    const engine = workerEngine(() => asWorker(worker));

    const trace = await engine.run(MIDDLE);

    expect(worker.calls.map((call) => call.kind)).toEqual(['run']);
    expect(trace.outcome).toMatchObject({ sent: 2, delivered: 2, readByOscar: 2 });
    expect(trace.outcome.detectedBy).toBeUndefined();
    expect(bobsPublicKey(trace)[0]).toBeInstanceOf(Uint8Array);
  });

  it('keeps its keys between runs until told to forget them', async () => {
    const engine = workerEngine(() => asWorker(new LoopbackWorker()));
    const bytesOf = (trace: Trace) => bobsPublicKey(trace).map((bytes) => [...bytes]);

    const first = bytesOf(await engine.run(MIDDLE));
    const again = bytesOf(await engine.run(MIDDLE));
    await engine.clearKeys();
    const fresh = bytesOf(await engine.run(MIDDLE));

    expect(first).not.toEqual([]);
    expect(again).toEqual(first);
    expect(fresh).not.toEqual(first);
  });

  it('refuses an empty message with its reason as data, rendered on the page', async () => {
    const engine = workerEngine(() => asWorker(new LoopbackWorker()));

    const refused = await engine.run({ ...MIDDLE, config: { ...MIDDLE.config, message: '' } }).then(
      () => null,
      (error: unknown) => error,
    );

    expect(refused).toBeInstanceOf(EngineFailed);
    const failure = (refused as EngineFailed).failure;
    expect('reason' in failure).toBe(true);
    expect(engineFailureText(failure)).toMatch(/^Type a message/);
  });

  it('exports the files of the run it computed for OpenSSL', async () => {
    const engine = workerEngine(() => asWorker(new LoopbackWorker()));
    const trace = await engine.run({
      ...MIDDLE,
      config: { ...MIDDLE.config, certificates: 'on' },
      plan: { presence: 'passive' },
    });

    const files = await engine.exportFiles(trace);

    expect(files.map((file) => file.name)).toEqual([
      'ca.pem',
      'bob.pem',
      'bob-key.pem',
      'bob-pub.pem',
      'wrapped.bin',
    ]);
    expect(files[2]?.contents).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    // RSA-OAEP with a 2048-bit key wraps the AES key into 256 bytes.
    const wrapped = files[4]?.contents;
    expect(wrapped).toBeInstanceOf(Uint8Array);
    expect(wrapped?.length).toBe(256);
  });
});

describe('without a worker', () => {
  it('runs on the page when there is none to start', async () => {
    const engine = workerEngine(() => null);
    expect((await engine.run(MIDDLE)).outcome).toMatchObject({ readByOscar: 2 });
  });

  it('runs on the page when starting one throws', async () => {
    const engine = workerEngine(() => {
      throw new Error('Module workers are not supported.');
    });
    expect((await engine.run(MIDDLE)).outcome).toMatchObject({ readByOscar: 2 });
  });

  it('makes the calls a failed worker was given again on the page, and stops using it', async () => {
    const worker = new BrokenWorker();
    let started = 0;
    const engine = workerEngine(() => {
      started++;
      return asWorker(worker);
    });

    const [trace, refused] = await Promise.all([
      engine.run(MIDDLE),
      engine.run({ ...MIDDLE, config: { ...MIDDLE.config, message: '' } }).catch((e) => e),
    ]);
    const later = await engine.run(MIDDLE);

    expect(trace.outcome).toMatchObject({ readByOscar: 2 });
    expect(refused).toBeInstanceOf(EngineFailed);
    expect(later.outcome).toMatchObject({ readByOscar: 2 });
    expect(worker.terminated).toBe(true);
    expect(started).toBe(1);
    expect(worker.calls).toHaveLength(2);
  });
});
