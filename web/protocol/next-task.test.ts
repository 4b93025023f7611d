import { expect, it } from 'vitest';
import { nextTask } from './next-task.ts';

it('resolves in a later task, after the work already queued in this one', async () => {
  const order: string[] = [];
  const yielded = nextTask().then(() => order.push('after the next task'));
  void Promise.resolve().then(() => order.push('a microtask queued after it'));
  await yielded;
  expect(order).toEqual(['a microtask queued after it', 'after the next task']);
});
