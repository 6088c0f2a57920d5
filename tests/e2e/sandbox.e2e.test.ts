import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const screenshotDir = join(repoRoot, 'screenshots');

if (!hasChromium) console.warn(`sandbox e2e skipped: ${CHROMIUM} is not installed (apt-get install chromium).`);

/** A port nobody is listening on right now; Vite may still move on if it is taken meanwhile. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('sandbox page in Chromium', () => {
  let server: ViteDevServer | undefined;
  let context: BrowserContext | undefined;
  let profileDir: string | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    if (!hasChromium) return;
    server = await createServer({
      configFile: join(repoRoot, 'vite.config.ts'),
      logLevel: 'silent',
      // Other people edit the tree while this runs: no watcher, no HMR reloads mid-test.
      server: { port: await freePort(), strictPort: false, host: '127.0.0.1', hmr: false, watch: null },
    });
    await server.listen();
    baseUrl = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;

    profileDir = await mkdtemp(join(tmpdir(), 'accelerate-board-chromium-'));
    // A persistent context is how Playwright takes a --user-data-dir: here a fresh, throw-away one.
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  }, 60_000);

  test.skipIf(!hasChromium)(
    'Build Accelerate board draws the ten activity frames, and the page talks to no other host',
    async () => {
      const page: Page = await context!.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const foreignRequests: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseUrl).origin) foreignRequests.push(url.href);
      });

      await page.goto(new URL('sandbox.html', baseUrl).href, { waitUntil: 'domcontentloaded' });
      const build = page.getByRole('button', { name: 'Build Accelerate board' });
      await build.waitFor({ state: 'visible', timeout: 30_000 });
      await build.click();

      await page.waitForFunction(() => document.querySelectorAll('[data-item-type="frame"]').length === 10, undefined, {
        timeout: 45_000,
      });
      await page.getByText('Accelerate board is ready.').waitFor({ timeout: 45_000 });
      // Let the last animation frame's redraw land before the picture is taken.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, 'sandbox-built.png') });

      expect(await page.locator('[data-item-type="frame"]').count()).toBe(10);
      expect(await page.locator('[data-frame-title-for]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    },
    60_000,
  );

  test.skipIf(!hasChromium)(
    'Tally charts the dots participants put on the key metrics, and recounts live',
    async () => {
      const page: Page = await context!.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));

      await page.goto(new URL('sandbox.html', baseUrl).href, { waitUntil: 'domcontentloaded' });
      const build = page.getByRole('button', { name: 'Build Accelerate board' });
      await build.waitFor({ state: 'visible', timeout: 30_000 });
      await build.click();
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
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, 'sandbox-tally.png') });

      expect(errors).toEqual([]);
      await page.close();
    },
    90_000,
  );
});
