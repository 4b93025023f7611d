import { afterEach, describe, expect, it, vi } from 'vitest';

/** One browser's localStorage, shared by the tabs opened on it; `full` makes setItem throw. */
function browser() {
  const items = new Map<string, string>();
  const tabs: { storage: Array<(event: { key: string }) => void> }[] = [];
  let full = false;
  const localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
      // Every other tab hears of it, as browsers fire `storage` in the others only.
      for (const tab of tabs) if (tab !== current) for (const l of tab.storage) l({ key });
    },
  };
  let current: (typeof tabs)[number] | undefined;
  return {
    items,
    fill: () => {
      full = true;
    },
    /** A fresh copy of the progress store, as a new tab loads it. */
    async openTab() {
      const tab = { storage: [] as Array<(event: { key: string }) => void> };
      tabs.push(tab);
      vi.resetModules();
      vi.stubGlobal('window', {
        localStorage,
        addEventListener: (type: string, listener: (event: { key: string }) => void) => {
          if (type === 'storage') tab.storage.push(listener);
        },
      });
      const store = await import('./progress-store.ts');
      store.progressState();
      /** Runs `action` as this tab: its writes reach the others. */
      return {
        store,
        act(action: () => void) {
          current = tab;
          action();
          current = undefined;
        },
      };
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('progress in two tabs', () => {
  it('keeps both tabs’ steps, whichever saves last', async () => {
    const lab = browser();
    const a = await lab.openTab();
    const b = await lab.openTab();
    a.act(() => a.store.markStepDone('postcards', 0));
    // B was opened before A's step; it saves a step of its own afterwards.
    b.act(() => b.store.markStepDone('locked-box', 0));
    const saved = JSON.parse(lab.items.get('handshake-lab:progress') ?? '{}');
    expect(saved.lessons).toEqual({
      postcards: { done: [0], answers: {} },
      'locked-box': { done: [0], answers: {} },
    });
    // A heard of B's step through the storage event, without reloading.
    expect(a.store.progressState().progress.lessons['locked-box']?.done).toEqual([0]);
  });

  it('says once that progress is not being saved when setItem throws, and keeps it in the page', async () => {
    const lab = browser();
    const tab = await lab.openTab();
    lab.fill();
    tab.act(() => tab.store.markStepDone('postcards', 0));
    expect(tab.store.progressState().notice).toEqual({ kind: 'not-saved' });
    tab.store.dismissProgressNotice();
    tab.act(() => tab.store.markStepDone('postcards', 1));
    expect(tab.store.progressState().notice).toBeNull();
    expect(tab.store.progressState().progress.lessons.postcards?.done).toEqual([0, 1]);
  });

  it('drops a malformed entry with a notice and keeps the good ones', async () => {
    const lab = browser();
    lab.items.set(
      'handshake-lab:progress',
      JSON.stringify({
        app: 'handshake-lab',
        version: 1,
        lessons: { postcards: { done: [1], answers: {} }, nope: { done: 'x' } },
      }),
    );
    const tab = await lab.openTab();
    expect(tab.store.progressState().notice).toEqual({ kind: 'dropped', entries: 1 });
    expect(tab.store.progressState().progress.lessons.postcards?.done).toEqual([1]);
  });
});
