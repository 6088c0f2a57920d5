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
    'Build Accelerate board draws the ten activity frames',
    async () => {
      const page: Page = await context!.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));

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
      await page.close();
    },
    60_000,
  );
});
