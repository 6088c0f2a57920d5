/**
 * The dev server and Chromium the browser tests drive, started once per run by the browser
 * project's global setup (tests/e2e/globalSetup.ts), or by a test file on its own when no global
 * setup provided them. No vitest runtime import here: the global setup runs outside the workers.
 */
import { existsSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LaunchOptions } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The window every page gets. */
export const VIEWPORT = { width: 1440, height: 900 };

/** Debian's Chromium, headless, talking to nobody but the pages it loads. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

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

/** The dev server on a free port of 127.0.0.1; `baseUrl` ends in `/`. */
export async function startDevServer(): Promise<{ server: ViteDevServer; baseUrl: string }> {
  const server = await createServer({
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'silent',
    // Other people edit the tree while this runs: no watcher, no HMR reloads mid-test.
    server: {
      port: await freePort(),
      strictPort: false,
      host: '127.0.0.1',
      hmr: false,
      watch: null,
      // The pages under test start transforming as soon as the server listens, not on the first load.
      warmup: { clientFiles: ['./sandbox.tsx', './mural.tsx'] },
    },
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw error;
  }
  const baseUrl = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
  return { server, baseUrl };
}
