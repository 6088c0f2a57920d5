/**
 * One dev server and one Chromium for every browser test file of a run: each file connects to the
 * browser and opens its own context (own cookies and storage), so files stay independent while the
 * dev server transforms the pages once and Chromium starts once. Each run has its own port and its
 * own browser, so two runs at once do not meet.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions, hasChromium, startDevServer } from './servers';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared dev server's root URL, ending in `/`; empty without Chromium. */
    sandboxBaseUrl: string;
    /** Where to `chromium.connect()` to the shared browser; empty without Chromium. */
    chromiumWsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: ViteDevServer | undefined;
  let browser: BrowserServer | undefined;
  const teardown = async () => {
    await browser?.close();
    await server?.close();
  };
  if (!hasChromium) {
    project.provide('sandboxBaseUrl', '');
    project.provide('chromiumWsEndpoint', '');
    return teardown;
  }
  try {
    const [dev, launched] = await Promise.all([startDevServer(), chromium.launchServer(chromiumLaunchOptions)]);
    server = dev.server;
    browser = launched;
    project.provide('sandboxBaseUrl', dev.baseUrl);
    project.provide('chromiumWsEndpoint', launched.wsEndpoint());
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
