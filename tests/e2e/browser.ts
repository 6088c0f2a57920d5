/**
 * What the browser tests share: a Vite dev server on a free port (no watcher, no HMR), Debian's
 * Chromium with a throw-away profile, page checks (errors, foreign hosts) and screenshots.
 * The browser project's global setup (globalSetup.ts) starts one dev server and one Chromium for
 * the whole run; each file gets its own browser context on them.
 * Not a test file itself: vitest only collects `*.test.ts`.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { ViteDevServer } from 'vite';
import { CHROMIUM, VIEWPORT, chromiumLaunchOptions, hasChromium, repoRoot, startDevServer } from './servers';

export { CHROMIUM, hasChromium, repoRoot };
/** Git-ignored. */
export const screenshotDir = join(repoRoot, 'screenshots');

/** Says once, per test file, why its browser tests are skipped. */
export function warnIfNoChromium(suite: string): void {
  if (!hasChromium) console.warn(`${suite} skipped: ${CHROMIUM} is not installed (apt-get install chromium).`);
}

export type SandboxBrowser = {
  /** The dev server's root URL, ending in `/`. */
  baseUrl: string;
  context: BrowserContext;
  close: () => Promise<void>;
};

/**
 * The suite's dev server and Chromium (call inside `describe`): a fresh context on the run's shared
 * ones when the global setup started them, else its own, started before its tests, stopped after.
 */
export function useSandboxBrowser(): () => SandboxBrowser {
  let browser: SandboxBrowser | undefined;
  beforeAll(async () => {
    if (hasChromium) browser = (await connectSharedBrowser()) ?? (await startSandboxBrowser());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  }, 60_000);
  return () => {
    if (!browser) throw new Error('the browser is not started (no Chromium, or beforeAll failed)');
    return browser;
  };
}

/** A new context on the run's shared Chromium and dev server; undefined if the global setup started none. */
async function connectSharedBrowser(): Promise<SandboxBrowser | undefined> {
  const baseUrl = inject('sandboxBaseUrl');
  const wsEndpoint = inject('chromiumWsEndpoint');
  if (!baseUrl || !wsEndpoint) return undefined;
  const browser: Browser = await chromium.connect(wsEndpoint);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    // Closing the connection drops this file's context; the shared browser stays for the others.
    return { baseUrl, context, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Starts a dev server and Chromium of its own; `close` stops both and removes the profile. */
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
    const dev = await startDevServer();
    server = dev.server;
    profileDir = await mkdtemp(join(tmpdir(), 'accelerate-board-chromium-'));
    // A persistent context is how Playwright takes a --user-data-dir: here a fresh, throw-away one.
    context = await chromium.launchPersistentContext(profileDir, { ...chromiumLaunchOptions, viewport: VIEWPORT });
    return { baseUrl: dev.baseUrl, context, close };
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
  // Written aside and renamed: a run at the same time in the same tree never leaves half a picture.
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, await page.screenshot());
  await rename(partial, path);
  return path;
}
