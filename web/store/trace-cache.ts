import type { Trace } from '../protocol/index.ts';
import type { EngineService } from './engine-service.ts';

export interface TraceCacheLimits {
  /** Runs kept at most. */
  readonly entries: number;
  /** Estimated bytes kept at most (the newest run is kept whatever its size). */
  readonly bytes: number;
}

/** Enough to step back and forth between the runs of a lesson without recomputing. */
export const TRACE_CACHE_LIMITS: TraceCacheLimits = { entries: 32, bytes: 8 * 1024 * 1024 };

/**
 * A rough count of the memory a trace holds: its strings (two bytes a character) and its
 * packets' bytes. Objects themselves are not counted, so the real figure is somewhat higher.
 */
export function estimateTraceBytes(trace: Trace): number {
  let bytes = trace.config.message.length * 2;
  for (const event of trace.events) {
    bytes += JSON.stringify(event.narration).length * 2;
    if ('text' in event) bytes += event.text.length * 2;
    if ('packet' in event) for (const field of event.packet.fields) bytes += field.bytes.length;
    if (event.type === 'intercepted') {
      bytes += (event.attempt.text?.length ?? 0) * 2;
      for (const field of event.result?.fields ?? []) bytes += field.bytes.length;
    }
  }
  return bytes;
}

interface Entry {
  readonly trace: Promise<Trace>;
  /** Known once the run has finished. */
  bytes: number;
}

/**
 * Runs already computed, by request, least recently used first out. Bounded by entries and
 * by bytes, so trying hundreds of long messages does not grow memory without end.
 */
export class TraceCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly limits: TraceCacheLimits = TRACE_CACHE_LIMITS) {}

  get size(): number {
    return this.entries.size;
  }

  get estimatedBytes(): number {
    return this.bytes;
  }

  get(key: string): Promise<Trace> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.trace;
  }

  /** Keeps a run being computed; a run that fails is forgotten, so asking again retries. */
  set(key: string, trace: Promise<Trace>): void {
    this.delete(key);
    const entry: Entry = { trace, bytes: 0 };
    this.entries.set(key, entry);
    trace.then(
      (done) => {
        if (this.entries.get(key) !== entry) return;
        entry.bytes = estimateTraceBytes(done);
        this.bytes += entry.bytes;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.delete(key);
      },
    );
    this.evict();
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      const over = this.entries.size > this.limits.entries || this.bytes > this.limits.bytes;
      if (!over || this.entries.size === 1) return;
      this.delete(key);
    }
  }
}

/**
 * An engine that remembers its runs by request: stepping back and forth through a lesson gets
 * the very trace computed before, at once. New keys make every remembered run stale.
 */
export function rememberingRuns(
  engine: EngineService,
  limits: TraceCacheLimits = TRACE_CACHE_LIMITS,
): EngineService {
  const traces = new TraceCache(limits);
  return {
    ...engine,
    run: (request) => {
      const key = JSON.stringify([request.scenario, request.config, request.plan]);
      const known = traces.get(key);
      if (known) return known;
      const pending = engine.run(request);
      traces.set(key, pending);
      return pending;
    },
    clearKeys: async () => {
      // Runs asked for meanwhile use the old keys or the new: forget them on both sides.
      traces.clear();
      await engine.clearKeys();
      traces.clear();
    },
  };
}
