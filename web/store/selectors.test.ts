import { describe, expect, it } from 'vitest';
import { inPageEngine } from './in-page-engine.ts';
import { selectFailure } from './selectors.ts';
import { createLabStore } from './store.ts';

describe('what the stage column reads of a run', () => {
  it('is the reason while the run has failed, and the same null while it starts or ends', () => {
    const store = createLabStore({ engine: inPageEngine(), autoplay: false });
    const seen = (status: 'idle' | 'computing' | 'ready' | 'error', error: string | null) => {
      store.setState({ status, error });
      return selectFailure(store.getState());
    };
    expect(seen('idle', null)).toBeNull();
    expect(seen('computing', null)).toBeNull();
    expect(seen('ready', null)).toBeNull();
    expect(seen('error', 'Type a message first.')).toBe('Type a message first.');
    // An error kept from before does not show once a new run starts.
    expect(seen('computing', 'Type a message first.')).toBeNull();
  });
});
