import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** In-app navigation: the hash changes, the page is not reloaded (the marker survives). */
async function follow(page: Page, hash: string) {
  await page.evaluate((next) => {
    window.location.hash = next;
  }, hash);
}

async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}

async function expectSameDocument(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    'the page was not reloaded',
  ).toBe(true);
}

test('a second link pasted into the same sandbox tab is applied, every time', async ({
  lab,
  page,
}) => {
  await page.goto('/#/sandbox?exchange=ecdh');
  await lab.waitUntilComputed();
  await markPage(page);
  await expect(page.getByTestId('key-exchange')).toHaveValue('ecdh');
  await expect(page.getByTestId('oscar-presence')).toHaveValue('mitm');

  await follow(page, '#/sandbox?exchange=none&oscar=passive');
  await expect(page.getByTestId('key-exchange')).toHaveValue('none');
  await expect(page.getByTestId('oscar-presence')).toHaveValue('passive');
  await lab.waitUntilComputed();
  await lab.playToEnd();
  // Plain text with Oscar copying: the run itself is the second link's.
  await expect(lab.outcome).toContainText('Oscar read 2 of 2 messages');

  // The controls then move the address on; the same link followed again is applied again.
  await page.getByTestId('key-exchange').selectOption('ecdh');
  await expect(page).toHaveURL(/exchange=ecdh/);
  await follow(page, '#/sandbox?exchange=none&oscar=passive');
  await expect(page.getByTestId('key-exchange')).toHaveValue('none');
  await expectSameDocument(page);
  lab.expectCleanSession();
});

test('a second link in the same matrix tab is applied', async ({ lab, page }) => {
  await page.goto('/#/matrix?cipher=aes-ctr');
  await markPage(page);
  await expect(page.getByTestId('defence-cipher')).toHaveValue('aes-ctr');
  await follow(page, '#/matrix?sequence-numbers=on');
  await expect(page.getByTestId('defence-cipher')).toHaveValue('aes-gcm');
  await expect(page.getByTestId('defence-sequence-numbers')).toHaveValue('on');
  await expect(page.getByTestId('matrix-status')).toHaveText(/^All \d+ strategies ran/, {
    timeout: 30_000,
  });
  await expectSameDocument(page);
  lab.expectCleanSession();
});

test('the ignored-part notice appears after an in-app link as on a fresh load', async ({
  lab,
  page,
}) => {
  await page.goto('/#/');
  await expect(page.getByTestId('lesson-list')).toBeVisible();
  await markPage(page);
  // A link in the page (outside what React renders), followed by a click.
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '#/sandbox?colour=red&exchange=ecdh&message=Are you there? Call me';
    link.textContent = 'a link from a course page';
    link.id = 'in-app-link';
    document.body.prepend(link);
  });
  await page.locator('#in-app-link').click();
  await lab.waitUntilComputed();
  const problems = page.getByTestId('sandbox-problems').getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveText(/^“colour=red” was ignored/);
  await expect(page.getByTestId('key-exchange')).toHaveValue('ecdh');
  // The whole message, "?" and all, is the link's.
  await expect(lab.messageInput).toHaveValue('Are you there? Call me');

  // From the sandbox to the matrix through the header, then a link with an ignored part.
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Can Oscar win?' })
    .click();
  await expect(page.getByTestId('matrix-problems')).toHaveCount(0);
  await follow(page, '#/matrix?colour=red&row=replay');
  await expect(page.getByTestId('matrix-problems').getByRole('listitem')).toHaveText([
    /^“colour=red” was ignored/,
  ]);
  await expectSameDocument(page);
  lab.expectCleanSession();
});

test('a 10,000-character matrix value is echoed shortened and does not widen the page', async ({
  lab,
  page,
}) => {
  await page.goto(`/#/matrix?cipher=${'x'.repeat(10_000)}`);
  const problem = page.getByTestId('matrix-problems').getByRole('listitem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText('…” was ignored');
  expect((await problem.textContent())?.length ?? 0).toBeLessThan(200);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(clientWidth);
  await lab.expectNoAxeViolations();
  lab.expectCleanSession();
});
