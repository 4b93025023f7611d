import type { Locator, Page } from '@playwright/test';
import { modPow, TOY_GROUPS, type ToyGroup } from '../web/crypto/toy-dh.ts';
import { expect } from './fixtures.ts';

/** Driving the mixing-secrets widgets, for the e2e spec and the benchmark. */

export function toyGroup(bits: number): ToyGroup {
  const group = TOY_GROUPS.find((g) => g.bits === bits);
  if (!group) throw new Error(`No ${bits}-bit toy group.`);
  return group;
}

const groupLabel = (g: ToyGroup) => `p = ${g.p} (${g.bits} bits), g = ${g.g}`;

/** Seed 001's scheme in the widget: fill n, a, b and check every number against BigInt here. */
export async function expectMultiplication(page: Page, n: bigint, a: bigint, b: bigint) {
  const widget = page.getByTestId('multiplication-scheme');
  await widget.getByLabel('Common number n (public)').fill(String(n));
  await widget.getByLabel('Alice’s secret a').fill(String(a));
  await widget.getByLabel('Bob’s secret b').fill(String(b));
  const sentByAlice = a * n;
  const sentByBob = b * n;
  const shared = a * sentByBob;
  await expect(page.getByTestId('mult-wire')).toHaveText(
    `n = ${n}, A′ = a × n = ${sentByAlice}, B′ = b × n = ${sentByBob}`,
  );
  await expect(page.getByTestId('mult-alice-shared')).toHaveText(String(shared));
  await expect(page.getByTestId('mult-bob-shared')).toHaveText(String(b * sentByAlice));
  await expect(page.getByTestId('mult-oscar-secret')).toHaveText(String(a));
  await expect(page.getByTestId('mult-oscar-shared')).toHaveText(String(shared));
}

/** Sets up toy Diffie-Hellman with given secrets; returns the shared secret computed here. */
export async function setToyExchange(page: Page, group: ToyGroup, a: bigint, b: bigint) {
  const widget = page.getByTestId('toy-diffie-hellman');
  await widget.getByLabel('Public prime p and base g').selectOption({ label: groupLabel(group) });
  await widget.getByLabel('Alice’s secret a').fill(String(a));
  await widget.getByLabel('Bob’s secret b').fill(String(b));
  const A = modPow(group.g, a, group.p);
  const B = modPow(group.g, b, group.p);
  const shared = modPow(B, a, group.p);
  await expect(page.getByTestId('toy-wire')).toHaveText(
    `p = ${group.p}, g = ${group.g}, A = ${A}, B = ${B}`,
  );
  await expect(page.getByTestId('toy-alice-shared')).toHaveText(String(shared));
  await expect(page.getByTestId('toy-bob-shared')).toHaveText(String(modPow(A, b, group.p)));
  return shared;
}

export async function runOscarsSearch(page: Page, a: bigint, shared: bigint) {
  await page.getByRole('button', { name: /Run (Oscar’s search|it again)/ }).click();
  await expect(page.getByTestId('toy-found')).toHaveText(String(a), { timeout: 30_000 });
  await expect(page.getByTestId('toy-oscar-shared')).toHaveText(String(shared));
  await expect(page.getByTestId('toy-attack-status')).toContainText(
    'the same secret Alice and Bob share',
  );
}

export async function measureCost(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Measure on this computer' }).click();
  const status = page.getByTestId('cost-status');
  await expect(status).toContainText('Done:', { timeout: 60_000 });
  return status;
}
