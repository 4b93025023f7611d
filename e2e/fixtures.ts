import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { LESSONS, type WordedLesson } from './lesson-words.ts';

export { expect };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per failing element, so a failure reads without opening a report. */
function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${node.target.join(' ')}\n    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? ''}\n    ${v.helpUrl}`,
    ),
  );
}

export function lessonById(id: string): WordedLesson {
  const lesson = LESSONS.find((l) => l.id === id);
  if (!lesson) throw new Error(`No lesson "${id}" in web/lessons.`);
  return lesson;
}

export function stepHash(lessonId: string, step: number): string {
  return `#/lesson/${lessonId}/${step}`;
}

/**
 * The page a URL names, in hash form ("#/lesson/x/2", "#/matrix?row=replay"), from its path
 * link (`/lesson/x/2/?embed=1`, what the site serves) or its hash link (the single file).
 */
export function routeOf(url: string): string {
  const { hash, pathname, search } = new URL(url);
  if (hash.startsWith('#/')) return hash;
  // e2e/sub-path.spec.ts serves the site under /handshake-lab/: the route is below it.
  const path = pathname.replace(/^\/handshake-lab(?=\/)/, '').replace(/\/+$/, '') || '/';
  const query = search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !/^(embed|theme|lang|parent|present)=/.test(part))
    .join('&');
  return `#${path}${query ? `?${query}` : ''}`;
}

/**
 * The lab as a student uses it: open a step, play it, answer, inspect packets.
 * It also records what the page should never do: log errors, throw, or call another origin.
 */
export class Lab {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  readonly stage: Locator;
  readonly stepTitle: Locator;
  readonly outcome: Locator;
  readonly progress: Locator;
  readonly speed: Locator;
  readonly playback: Locator;
  readonly narration: Locator;
  readonly wireList: Locator;
  readonly packetLayout: Locator;
  readonly checkQuestion: Locator;
  readonly checkFeedback: Locator;
  readonly messageInput: Locator;
  readonly send: Locator;

  constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== this.origin) {
        this.foreignRequests.push(request.url());
      }
    });
    this.stage = page.getByTestId('stage');
    this.stepTitle = page.getByTestId('step-title');
    this.outcome = page.getByTestId('outcome');
    this.progress = page.getByTestId('progress');
    this.speed = page.getByTestId('speed');
    this.playback = page.getByRole('toolbar', { name: 'Playback' });
    this.narration = page.getByTestId('narration-log');
    this.wireList = page.getByRole('list', { name: 'Packets sent so far' });
    this.packetLayout = page.getByTestId('packet-layout');
    this.checkQuestion = page.getByTestId('check-question');
    this.checkFeedback = page.getByTestId('check-feedback');
    this.messageInput = page.getByTestId('message-input');
    this.send = page.getByTestId('send');
  }

  /** Opens step `step` (1-based) of a lesson and waits until its trace is computed. */
  async openStep(lessonId: string, step: number, options: { embed?: boolean } = {}) {
    await this.page.goto(`/${options.embed ? '?embed=1' : ''}${stepHash(lessonId, step)}`);
    await this.expectStep(lessonId, step, options);
  }

  /** The URL, the title (outside embeds) and a computed trace all belong to this step. */
  async expectStep(lessonId: string, step: number, options: { embed?: boolean } = {}) {
    await expect.poll(() => routeOf(this.page.url())).toBe(stepHash(lessonId, step));
    const title = lessonById(lessonId).steps[step - 1]?.title;
    if (!title) throw new Error(`"${lessonId}" has no step ${step}.`);
    if (!options.embed) await expect(this.stepTitle).toHaveText(title);
    await this.waitUntilComputed();
  }

  /** WebCrypto has finished: the stage is no longer busy. */
  async waitUntilComputed(timeout?: number) {
    await expect(this.stage).toHaveAttribute('aria-busy', 'false', timeout ? { timeout } : {});
  }

  async setSpeed(speed: '0.5' | '1' | '2' | 'instant') {
    await this.speed.selectOption(speed);
  }

  /** Plays the step's own part without waiting on real time, up to where the step pauses. */
  async playToPause() {
    await this.setSpeed('instant');
    await expect(this.playback).toHaveAttribute('data-at-pause', 'true');
  }

  /** Plays a step that pauses at the end of its run, and waits for the outcome. */
  async playToEnd() {
    await this.playToPause();
    await expect(this.outcome).toBeVisible();
  }

  /** The playback counter, "event 3 of 15", as numbers. */
  async progressCount(): Promise<{ shown: number; total: number }> {
    const text = (await this.progress.textContent()) ?? '';
    const match = text.match(/^event (\d+) of (\d+)$/);
    if (!match) throw new Error(`Unexpected progress text "${text}".`);
    return { shown: Number(match[1]), total: Number(match[2]) };
  }

  async expectOutcome(text: string) {
    await expect(this.outcome).toContainText(text);
  }

  /** Picks an answer of the check question by its label. */
  async answer(label: string) {
    await this.checkQuestion.getByRole('radio', { name: label, exact: true }).check();
  }

  /** Shows a packet from the "On the wire" list in the inspector. */
  async inspect(packetLabel: string | RegExp) {
    await this.wireList.getByRole('button', { name: packetLabel }).first().click();
  }

  /** The "as text" reading of one field of the packet in the inspector. */
  fieldText(fieldName: string): Locator {
    return this.page.getByTestId(`field-${fieldName}`).getByTestId('field-text');
  }

  /** Shows only one party's lines in the narration log ("Everyone" for all). */
  async narrationOf(party: 'Everyone' | 'Alice' | 'Bob' | 'Oscar') {
    await this.page
      .getByRole('group', { name: 'Show lines of' })
      .getByRole('radio', { name: party, exact: true })
      .check();
  }

  /** Types Alice's message and sends it. */
  async sendMessage(text: string) {
    await this.messageInput.fill(text);
    await this.send.click();
  }

  async expectNoAxeViolations() {
    const results = await new AxeBuilder({ page: this.page }).withTags(AXE_TAGS).analyze();
    expect(describeViolations(results.violations), 'accessibility violations (axe)').toEqual([]);
  }

  /** No console error, no uncaught exception, nothing fetched from another origin. */
  expectCleanSession() {
    expect(this.consoleErrors, 'console errors').toEqual([]);
    expect(this.pageErrors, 'uncaught page errors').toEqual([]);
    expect(this.foreignRequests, 'requests to other origins').toEqual([]);
  }
}

interface LabFixtures {
  /** Finish every animation at once (the app reads a flag set before it starts). */
  skipAnimations: boolean;
  lab: Lab;
}

export const test = base.extend<LabFixtures>({
  skipAnimations: [true, { option: true }],
  page: async ({ page, skipAnimations }, use) => {
    if (skipAnimations) {
      await page.addInitScript(() => {
        window.__HANDSHAKE_LAB_SKIP_ANIMATIONS__ = true;
      });
    }
    await use(page);
  },
  lab: async ({ page, baseURL }, use) => {
    if (!baseURL) throw new Error('Set use.baseURL in playwright.config.ts.');
    await use(new Lab(page, new URL(baseURL).origin));
  },
});
