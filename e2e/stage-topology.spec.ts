import type { Locator, Page } from '@playwright/test';
import { stepRequest } from '../web/lessons/step-request.ts';
import { KeyCache } from '../web/protocol/keyring.ts';
import { runScenario } from '../web/protocol/scenario.ts';
import { partyName } from '../web/text/messages/parties.ts';
import { expect, type Lab, lessonById, test } from './fixtures.ts';
import { nextFrames } from './layout-geometry.ts';
import { textSmallerThan } from './legibility.ts';

/**
 * The stage laid out from the topology: Alice, Oscar and Bob on one wire (the handshake);
 * Alice, two brokers and Bob with Oscar inside a broker or on a link (the relays). At a
 * desktop size and in a 16:9 slide, no two party boxes overlap and nothing leaves the stage.
 * The sequence diagram is driven by keyboard and its table is checked against the packets.
 */

const DESKTOP = { width: 1280, height: 800 };
const SLIDE = { width: 960, height: 540 };

interface Place {
  readonly name: string;
  /** A lesson step (1-based), or a sandbox query. */
  readonly lesson?: { readonly id: string; readonly step: number };
  readonly sandbox?: string;
}

const PLACES: readonly Place[] = [
  { name: 'handshake, Oscar answers HELLO', lesson: { id: 'handshake', step: 3 } },
  { name: 'relays, Oscar inside Broker 1', lesson: { id: 'relays', step: 8 } },
  { name: 'relays, end to end', lesson: { id: 'relays', step: 10 } },
  {
    name: 'sandbox, Oscar on the link Broker 2 – Bob',
    sandbox: 'topology=two-relays&oscar=passive&oscar-at=broker-2-bob',
  },
];

async function open(lab: Lab, place: Place, embed: boolean) {
  if (place.lesson) {
    await lab.openStep(place.lesson.id, place.lesson.step, { embed });
    await lab.playToPause();
  } else {
    await lab.page.goto(`/${embed ? '?embed=1' : ''}#/sandbox?${place.sandbox}`);
    await lab.waitUntilComputed();
    await lab.setSpeed('instant');
    await expect(lab.playback).toHaveAttribute('data-at-pause', 'true');
  }
}

type Box = { x: number; y: number; width: number; height: number };

async function boxesOf(locator: Locator): Promise<{ name: string; box: Box }[]> {
  const found: { name: string; box: Box }[] = [];
  for (const element of await locator.all()) {
    const box = await element.boundingBox();
    const name = (await element.getAttribute('data-testid')) ?? '?';
    if (box && box.width > 0 && box.height > 0) found.push({ name, box });
  }
  return found;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1 &&
  b.x < a.x + a.width - 1 &&
  a.y < b.y + b.height - 1 &&
  b.y < a.y + a.height - 1;

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

/**
 * Party boxes lie apart and on the stage. A box grows when its party's keys and lines of sight
 * arrive (their code loads after the page), and the canvas grows with it in the same frame:
 * the check is retried until those parts are in, and fails if the layout never settles.
 */
async function expectLaidOut(page: Page) {
  await expect(async () => {
    await nextFrames(page);
    const canvas = page.locator('.stage-canvas');
    const stage = await canvas.boundingBox();
    if (!stage) throw new Error('No stage on the page.');
    const parties = await boxesOf(canvas.locator('[data-testid^="party-"]'));
    expect(parties.length, 'party boxes on the stage').toBeGreaterThanOrEqual(3);
    for (const [i, a] of parties.entries()) {
      expect(inside(a.box, stage), `${a.name} stays on the stage`).toBe(true);
      for (const b of parties.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.name} and ${b.name} overlap`).toBe(false);
    }
    for (const packet of await boxesOf(canvas.getByTestId('packet-sprite')))
      expect(inside(packet.box, stage), 'the packet stays on the stage').toBe(true);
  }).toPass({ timeout: 10_000 });
}

for (const embed of [false, true]) {
  const size = embed ? SLIDE : DESKTOP;
  test.describe(`${embed ? 'slide 960×540' : 'desktop 1280×800'}`, () => {
    test.use({ viewport: size });
    for (const place of PLACES) {
      test(`${place.name}: parties apart, on the stage, axe clean`, async ({ lab, page }) => {
        await open(lab, place, embed);
        await expectLaidOut(page);
        if (embed && place.lesson) {
          // The step controls stay inside the frame, and no text is under 14 px. (The sandbox
          // has no embed: there it is the page at that size.)
          const controls = await lab.playback.boundingBox();
          expect(controls && controls.y + controls.height <= SLIDE.height + 1).toBe(true);
          expect(await textSmallerThan(page, 14)).toEqual([]);
        }
        if (place.lesson?.id === 'relays' || place.sandbox) {
          await expect(page.getByTestId('relay-sight').first()).toBeVisible();
        }
        if (place.lesson?.id === 'relays') {
          // Oscar inside Broker 1 is drawn so, and said in words.
          await expect(page.getByTestId('party-broker-1')).toContainText('Oscar is inside');
        }
        await lab.expectNoAxeViolations();
        lab.expectCleanSession();
      });
    }
  });
}

test.describe('every step in a slide', () => {
  test.use({ viewport: SLIDE });
  for (const lessonId of ['handshake', 'relays']) {
    test(`${lessonId}: parties apart, on the stage, the controls in the frame`, async ({
      lab,
      page,
    }) => {
      const steps = lessonById(lessonId).steps.length;
      test.setTimeout(15_000 * steps);
      for (let step = 1; step <= steps; step++) {
        await lab.openStep(lessonId, step, { embed: true });
        await lab.playToPause();
        await expectLaidOut(page);
        const controls = await lab.playback.boundingBox();
        expect(controls, `step ${step}: controls`).not.toBeNull();
        expect(
          (controls?.y ?? 0) + (controls?.height ?? 0),
          `step ${step}: the controls' bottom`,
        ).toBeLessThanOrEqual(SLIDE.height + 1);
      }
      lab.expectCleanSession();
    });
  }
});

test.describe('sequence diagram', () => {
  test.use({ viewport: DESKTOP });

  test('Oscar answers HELLO: ↑ ↓ Enter inspect a packet; the table lists every packet', async ({
    lab,
    page,
  }) => {
    await lab.openStep('handshake', 3);
    await lab.playToEnd();
    const table = page.getByTestId('sequence-table');
    // Worked out from seed 003 and Oscar's plan: he lets HELLO through but answers it in
    // Bob's name, drops Bob's own answer, keeps Alice's ACK and sends her a key of his own;
    // Bob, left waiting for ACK, refuses both DATA packets and the CLOSE.
    const expected = [
      ['Alice', 'Bob', 'HELLO', 'copied', 'WAIT_ACK'],
      ['Oscar as Bob', 'Alice', 'HELLO+ACK', 'injected, forged', 'WAIT_KEY'],
      ['Bob', 'Alice', 'HELLO+ACK', 'dropped', '—'],
      ['Alice', 'Bob', 'ACK', 'replaced', '—'],
      ['Oscar as Bob', 'Alice', 'wrapped AES key', 'replaced, forged', 'ESTABLISHED'],
      ['Alice', 'Bob', 'encrypted message', 'copied', 'WAIT_ACK'],
      ['Alice', 'Bob', 'encrypted message', 'copied', 'WAIT_ACK'],
      ['Alice', 'Bob', 'CLOSE', 'copied', 'WAIT_ACK'],
    ];
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(expected.length);
    for (const [i, [from, to, packet, oscar, state]] of expected.entries()) {
      const cells = rows.nth(i).locator('td');
      await expect(cells.nth(1)).toHaveText(from ?? '');
      await expect(cells.nth(2)).toHaveText(to ?? '');
      await expect(cells.nth(3)).toHaveText(packet ?? '');
      await expect(cells.nth(4)).toHaveText(oscar ?? '');
      await expect(cells.nth(6)).toHaveText(state ?? '');
    }
    await expect(rows.nth(5).locator('td').nth(5)).toHaveText('refused by Bob in WAIT_ACK');

    // Keyboard: into the diagram, to the second arrow, Enter: the inspector shows it.
    const before = await lab.progressCount();
    const list = page.getByRole('listbox', { name: 'Packets in order, time running down' });
    await list.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = list.getByRole('option').nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(list).toHaveAttribute(
      'aria-activedescendant',
      (await second.getAttribute('id')) ?? '',
    );
    await expect(page.getByTestId('packet-detail')).toContainText('Oscar as Bob → Alice');
    await expect(page.getByTestId('packet-detail')).toContainText('HELLO+ACK');
    // ↑ ↓ moved inside the diagram only: playback did not move.
    expect(await lab.progressCount()).toEqual(before);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('packet-detail')).toContainText('Alice → Bob: an ACK');
    await lab.expectNoAxeViolations();
    lab.expectCleanSession();
  });

  test('relays end to end: one row per hop, as the engine sends them', async ({ lab, page }) => {
    await lab.openStep('relays', 10);
    await lab.playToEnd();
    // The same step run headless: every hop the engine sent, in order.
    const step = lessonById('relays').steps[9];
    if (!step) throw new Error('relays has no step 10');
    const request = stepRequest(step);
    const trace = await runScenario(
      request.scenario,
      { ...request.config, rsaBits: 1024 },
      request.plan,
      new KeyCache(),
    );
    const hops = trace.events.flatMap((e) =>
      e.type === 'packet-sent' ? [[partyName(e.packet.from), partyName(e.packet.to)]] : [],
    );
    // Bob's key to Alice and her wrapped key to Bob, then a message each way: 4 × 3 hops.
    expect(hops).toHaveLength(12);
    const rows = page.getByTestId('sequence-table').locator('tbody tr');
    await expect(rows).toHaveCount(hops.length);
    for (const [i, [from, to]] of hops.entries()) {
      await expect(rows.nth(i).locator('td').nth(1)).toHaveText(from ?? '');
      await expect(rows.nth(i).locator('td').nth(2)).toHaveText(to ?? '');
    }
    // The diagram draws the same arrows.
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(hops.length);
  });
});
