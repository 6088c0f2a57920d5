/**
 * What the browser tests share: a Vite dev server on a free port (no watcher, no HMR), Debian's
 * Chromium with a throw-away profile, page checks (errors, foreign hosts) and screenshots.
 * Not a test file itself: vitest only collects `*.test.ts`.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Git-ignored. */
export const screenshotDir = join(repoRoot, 'screenshots');

/** Says once, per test file, why its browser tests are skipped. */
export function warnIfNoChromium(suite: string): void {
  if (!hasChromium) console.warn(`${suite} skipped: ${CHROMIUM} is not installed (apt-get install chromium).`);
}

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

export type SandboxBrowser = {
  /** The dev server's root URL, ending in `/`. */
  baseUrl: string;
  context: BrowserContext;
  close: () => Promise<void>;
};

/** The suite's dev server and Chromium: started before its tests, stopped after (call inside `describe`). */
export function useSandboxBrowser(): () => SandboxBrowser {
  let browser: SandboxBrowser | undefined;
  beforeAll(async () => {
    if (hasChromium) browser = await startSandboxBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  }, 60_000);
  return () => {
    if (!browser) throw new Error('the browser is not started (no Chromium, or beforeAll failed)');
    return browser;
  };
}

/** Starts the dev server and Chromium; `close` stops both and removes the profile. */
export async function startSandboxBrowser(): Promise<SandboxBrowser> {
  let server: ViteDevServer | undefined;
  let context: BrowserContext | undefined;
  let profileDir: string | undefined;
  const close = async () => {
    await context?.close();
    await server?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  };
  try {
    server = await createServer({
      configFile: join(repoRoot, 'vite.config.ts'),
      logLevel: 'silent',
      // Other people edit the tree while this runs: no watcher, no HMR reloads mid-test.
      server: { port: await freePort(), strictPort: false, host: '127.0.0.1', hmr: false, watch: null },
    });
    await server.listen();
    const baseUrl = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;

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
    return { baseUrl, context, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export type PageWatch = {
  /** Uncaught errors on the page. */
  errors: string[];
  /** Requests to any origin but the dev server's (data: and blob: URLs aside). */
  foreignRequests: string[];
};

/** Records page errors and requests to other hosts from now on. */
export function watchPage(page: Page, baseUrl: string): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [] };
  const origin = new URL(baseUrl).origin;
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) watch.foreignRequests.push(url.href);
  });
  return watch;
}

/** Opens the sandbox page and waits for the panel's Build button. */
export async function openSandbox(context: BrowserContext, baseUrl: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch = watchPage(page, baseUrl);
  await page.goto(new URL('sandbox.html', baseUrl).href, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Build Accelerate board' }).waitFor({ state: 'visible', timeout: 30_000 });
  return { page, watch };
}

/** Two animation frames: the last redraw has landed. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Saves `screenshots/<name>` (git-ignored) after the last redraw; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await settle(page);
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, name);
  await page.screenshot({ path });
  return path;
}
