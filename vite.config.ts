import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Miro loads `sdkUri` (the headless page) from the site root, so `plugin/` is Vite's root. */
function printSandboxUrl(): Plugin {
  return {
    name: 'print-sandbox-url',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        setTimeout(() => {
          const port = server.config.server.port ?? 3000;
          server.config.logger.info(
            `\n  Sandbox board (emulated Miro): http://localhost:${port}/sandbox.html\n` +
              `  Miro headless page (sdkUri):    http://localhost:${port}/\n`,
          );
        }, 0);
      });
    },
  };
}

/**
 * The MURAL companion's server side (server/: OAuth broker and API proxy, or its rehearsal on the
 * emulated MURAL) as dev-server middleware. Loaded through the dev server, not imported here, so
 * loading this config (vitest, build) never loads it.
 */
function muralRoutes(): Plugin {
  return {
    name: 'mural-routes',
    async configureServer(server) {
      const routes = (await server.ssrLoadModule(here('./server/viteMuralRoutes.ts'))) as typeof import('./server/viteMuralRoutes');
      routes.installMuralRoutes(server);
    },
  };
}

/**
 * mirotone's stylesheet @imports Open Sans from Google Fonts. The app talks to Miro only, so the
 * import is dropped and the panel uses the system sans-serif.
 */
function withoutRemoteFonts(): Plugin {
  return {
    name: 'without-remote-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('mirotone') || !id.endsWith('.css')) return null;
      return { code: code.replace(/@import\s+url\(["']?https?:[^)]*\)[^;]*;/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root: here('./plugin'),
  publicDir: here('./assets'),
  plugins: [preact(), withoutRemoteFonts(), printSandboxUrl(), muralRoutes()],
  server: { port: 3000, strictPort: true },
  preview: { port: 3000, strictPort: true },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: here('./plugin/index.html'),
        app: here('./plugin/app.html'),
        sandbox: here('./plugin/sandbox.html'),
        mural: here('./plugin/mural.html'),
      },
    },
  },
  test: {
    root: here('.'),
    environment: 'node',
    // Seed loops and property runs take seconds on a quiet machine and several times that when two
    // suites share two cores: the limit guards against hangs, not slowness.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default on two cores is one worker. Three: the browser files (which start first) and
    // the live-recount panel tests mostly wait on pages and timers, and a third worker keeps both
    // cores busy with the other files meanwhile.
    maxWorkers: 3,
    reporters: ['default', here('./tests/support/count-reporter.ts')],
    projects: [
      // Node suites share their workers' module cache (no per-file isolation): most of their cost was
      // importing the same modules again for every file. They keep no global state between files.
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/ui/**', 'tests/e2e/**'], isolate: false } },
      // Panel tests run in jsdom, whose document and storage must start clean for every file.
      { extends: true, test: { name: 'panel', include: ['tests/ui/**/*.test.{ts,tsx}', 'tests/review/**/*.test.tsx'] } },
      // One dev server and one Chromium for all browser files (each file its own browser context).
      { extends: true, test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/globalSetup.ts'] } },
    ],
  },
});
