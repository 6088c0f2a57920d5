import { afterAll, describe, expect, test } from 'vitest';
import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hasChromium, openSandbox, repoRoot, screenshot, screenshotDir, useSandboxBrowser, warnIfNoChromium, type PageWatch } from './browser';

warnIfNoChromium('sandbox e2e');

/** `UPDATE_SCREENSHOTS=1 npm test` refreshes the README's pictures; otherwise they stay in the git-ignored screenshots/. */
const refreshReadmeScreenshots = process.env['UPDATE_SCREENSHOTS'] === '1';

describe('sandbox page in Chromium', () => {
  const browser = useSandboxBrowser();

  /**
   * The sandbox page with the board built through its Build button, opened and built once: the
   * tally test works on the board the first test built (loading the page and building are what
   * cost time here, not the checks).
   */
  let built: Promise<{ page: Page; watch: PageWatch }> | undefined;
  const builtSandbox = () =>
    (built ??= (async () => {
      const opened = await openSandbox(browser().context, browser().baseUrl);
      await opened.page.getByRole('button', { name: 'Build Accelerate board' }).click();
      return opened;
    })());
  afterAll(async () => {
    await (await built?.catch(() => undefined))?.page.close();
  });

  test.skipIf(!hasChromium)(
    'Build Accelerate board draws the cover, the prep checklist and the ten activity frames, and the page talks to no other host',
    async () => {
      const { page, watch } = await builtSandbox();
      await page.waitForFunction(() => document.querySelectorAll('[data-item-type="frame"]').length === 12, undefined, {
        timeout: 45_000,
      });
      await page.getByText('Accelerate board is ready.').waitFor({ timeout: 45_000 });
      // Waits for the last animation frame's redraw before the picture is taken.
      await screenshot(page, 'sandbox-built.png');
      if (refreshReadmeScreenshots) await copyFile(join(screenshotDir, 'sandbox-built.png'), join(repoRoot, 'assets/screenshots/sandbox-built.png'));

      // Every frame at the zoom that fits it on the screen: what a facilitator shows.
      const frames = await page.evaluate(() =>
        window
          .sandboxBoard!.items()
          .filter((item) => item.type === 'frame')
          .sort((a, b) => a.boardY - a.height / 2 - (b.boardY - b.height / 2) || a.boardX - b.boardX)
          .map((frame) => ({ id: frame.id, title: String(frame.props['title'] ?? '') })),
      );
      // Another run in the same tree may be removing them too.
      for (const old of (await readdir(screenshotDir)).filter((name) => name.startsWith('frame-'))) await rm(join(screenshotDir, old), { force: true });
      for (const [index, frame] of frames.entries()) {
        await page.evaluate((id) => window.sandboxShowItems!([id]), frame.id);
        const slug = frame.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        await screenshot(page, `frame-${String(index + 1).padStart(2, '0')}-${slug}.png`);
      }
      expect(frames).toHaveLength(12);

      expect(await page.locator(`[data-item-type="frame"]`).count()).toBe(12);
      expect(await page.locator('[data-frame-title-for]').count()).toBeGreaterThan(0);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    },
    60_000,
  );

  test.skipIf(!hasChromium)(
    'Tally charts the dots participants put on the key metrics, and recounts live',
    async () => {
      const { page, watch } = await builtSandbox();
      await page.getByText('Accelerate board is ready.').waitFor({ timeout: 45_000 });

      // Participants vote on lead time: three dots on "One to six months" today and one far off; two next year.
      await page.evaluate(() => {
        const board = window.sandboxBoard!;
        const text = (content: unknown) => String(content ?? '').replace(/<[^>]*>/g, '');
        const buckets = (label: string) =>
          board
            .items()
            .filter((item) => item.type === 'shape' && item.parentId !== null && text(item.props['content']) === label)
            .sort((a, b) => a.boardY - b.boardY || a.boardX - b.boardX);
        const dot = (bucket: { boardX: number; boardY: number }, nth: number) =>
          board.participant.addShape({ shape: 'circle', x: bucket.boardX - 60 + nth * 45, y: bucket.boardY, width: 40, height: 40 });
        const [oneToSixToday, oneToSixNextYear] = buckets('One to six months');
        const [, lessThanADayNextYear] = buckets('Less than one day');
        const [underAnHourToday] = buckets('Less than one hour');
        [0, 1, 2].forEach((nth) => dot(oneToSixToday!, nth));
        dot(underAnHourToday!, 0);
        dot(oneToSixNextYear!, 0);
        dot(lessThanADayNextYear!, 0);
      });

      await page.getByRole('button', { name: 'Tally', exact: true }).click();
      const today = page.getByRole('group', { name: 'Lead time for changes, Today' });
      const crowded = today.getByRole('button', { name: /^One to six months:/ });
      await crowded.waitFor({ timeout: 30_000 });
      expect(await crowded.getAttribute('data-count')).toBe('3');
      expect(await today.getByRole('button', { name: /^Less than one hour:/ }).getAttribute('data-outlier')).toBe('true');

      // Live: one more dot, no click.
      await page.evaluate(() => {
        const board = window.sandboxBoard!;
        const bucket = board
          .items()
          .filter((item) => item.type === 'shape' && String(item.props['content']).includes('One to six months'))
          .sort((a, b) => a.boardY - b.boardY || a.boardX - b.boardX)[0]!;
        board.participant.addShape({ shape: 'circle', x: bucket.boardX + 75, y: bucket.boardY + 50, width: 40, height: 40 });
      });
      await page.waitForFunction(
        () =>
          document
            .querySelector('[aria-label="Lead time for changes, Today"] [aria-label^="One to six months:"]')
            ?.getAttribute('data-count') === '4',
        undefined,
        { timeout: 10_000 },
      );
      await expect.poll(() => crowded.textContent()).toContain('4');

      // Zoom to the bucket: the sandbox's camera follows, as Miro's view would.
      await crowded.click();
      await page.getByRole('region', { name: 'Tally' }).evaluate((section) => {
        section.scrollIntoView({ block: 'start' });
        // Keep the "During the workshop" heading above the section in the picture.
        section.closest('.sandbox-panel')?.scrollBy(0, -56);
      });
      await screenshot(page, 'sandbox-tally.png');
      if (refreshReadmeScreenshots) await copyFile(join(screenshotDir, 'sandbox-tally.png'), join(repoRoot, 'assets/screenshots/sandbox-tally.png'));

      expect(watch.errors).toEqual([]);
    },
    90_000,
  );
});
