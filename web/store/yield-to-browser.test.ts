import { expect, it } from 'vitest';
import { yieldToBrowser } from './yield-to-browser.ts';

it('resolves in a later task, after the work already queued in this one', async () => {
  const order: string[] = [];
  const yielded = yieldToBrowser().then(() => order.push('after the yield'));
  void Promise.resolve().then(() => order.push('a microtask queued after it'));
  await yielded;
  expect(order).toEqual(['a microtask queued after it', 'after the yield']);
});
