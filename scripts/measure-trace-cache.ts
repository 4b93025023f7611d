// node --expose-gc --import tsx scripts/measure-trace-cache.ts [runs] [characters]
// Heap before and after the store computes many distinct long-message runs of the sealed
// envelope (RSA key transport, AES-GCM), as a user trying message after message would.
// It measures what the trace cache keeps.
import { DEFAULT_CONFIG } from '../web/protocol/presets.ts';
import { inPageEngine } from '../web/store/in-page-engine.ts';
import { createLabStore } from '../web/store/store.ts';
import { rememberingRuns } from '../web/store/trace-cache.ts';
import { formatNumber } from '../web/text/index.ts';

const runs = Number(process.argv[2] ?? 200);
const characters = Number(process.argv[3] ?? 20_000);
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('Run with node --expose-gc so the heap can be measured after GC.');

function heapMb(): number {
  collect?.();
  collect?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const store = createLabStore({ engine: rememberingRuns(inPageEngine()), autoplay: false });
const request = (message: string) => ({
  scenario: 'conversation' as const,
  config: { ...DEFAULT_CONFIG, keyExchange: 'rsa' as const, message },
  plan: { presence: 'passive' as const },
});
// Load the engine and warm up before the first measurement.
await store.getState().compute(request('warm up'));
const before = heapMb();
for (let i = 0; i < runs; i++) {
  const message = `${i}:${'meet at noon '.repeat(Math.ceil(characters / 13))}`.slice(0, characters);
  await store.getState().compute(request(message));
}
const after = heapMb();
console.log(
  `${runs} distinct ${formatNumber(characters)}-character runs: heap ${before.toFixed(1)} MB before, ${after.toFixed(1)} MB after (+${(after - before).toFixed(1)} MB)`,
);
