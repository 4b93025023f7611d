import type { OpensslFile, WrappedTwice } from '../crypto/index.ts';
import type { Engine, EngineFailure, RunRequest, Trace } from '../protocol/index.ts';

export type PastedReading = Awaited<ReturnType<Engine['describePastedPem']>>;

/**
 * What a stage asks of the engine. Every call works with the service's one key cache, so the
 * files exported and the keys wrapped are those of the runs shown. The page uses one in a Web
 * Worker (ui/workers/engine-client.ts), so no run holds the page's thread; tests, the command
 * line and a page without workers use the engine on their own thread (in-page-engine.ts).
 */
export interface EngineService {
  /** Runs a request; a run that fails rejects with an EngineFailed that says why. */
  readonly run: (request: RunRequest) => Promise<Trace>;
  /** The run's files for OpenSSL (certificates, Bob's keys, the wrapped key). */
  readonly exportFiles: (trace: Trace) => Promise<readonly OpensslFile[]>;
  /** Reads pasted PEM: a reading, or a sentence saying what is wrong with the text. */
  readonly describePem: (text: string) => Promise<PastedReading>;
  /** Wraps one fresh AES key twice for this RSA public key (OAEP is randomised). */
  readonly wrapKeyTwice: (publicKeySpki: Uint8Array) => Promise<WrappedTwice>;
  /** Forgets every long-term key: the next run generates new ones. */
  readonly clearKeys: () => Promise<void>;
}

/** A call to the engine that failed, with its failure as data (see EngineFailure). */
export class EngineFailed extends Error {
  constructor(readonly failure: EngineFailure) {
    super('reason' in failure ? failure.reason.key : failure.message);
    this.name = 'EngineFailed';
  }
}

/** What went wrong, as data: an EngineFailed's failure, or any other error's message. */
export function failureOf(error: unknown): EngineFailure {
  if (error instanceof EngineFailed) return error.failure;
  return { message: error instanceof Error ? error.message : String(error) };
}

/**
 * A service whose code loads on its first call: the page shows its first frame without it, and
 * the first run waits for it.
 */
export function loadedOnFirstCall(load: () => Promise<EngineService>): EngineService {
  let service: Promise<EngineService> | null = null;
  const loaded = () => {
    service ??= load();
    return service;
  };
  return {
    run: async (request) => (await loaded()).run(request),
    exportFiles: async (trace) => (await loaded()).exportFiles(trace),
    describePem: async (text) => (await loaded()).describePem(text),
    wrapKeyTwice: async (spki) => (await loaded()).wrapKeyTwice(spki),
    clearKeys: async () => (await loaded()).clearKeys(),
  };
}
