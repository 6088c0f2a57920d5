import { getRequestListener } from '@hono/node-server';
import type { ViteDevServer } from 'vite';
import { MURAL_ROUTE_PREFIXES, muralRoutesFor } from './muralRoutes';

/**
 * `npm start`: the MURAL broker (or its rehearsal) as middleware of Vite's dev server, ahead of
 * Vite's own. vite.config.ts loads this module through the dev server (`ssrLoadModule`), so the
 * config itself (and vitest) never loads the broker or the emulated MURAL.
 */
export function installMuralRoutes(server: ViteDevServer): void {
  const port = server.config.server.port ?? 3000;
  const origin = process.env.MURAL_PUBLIC_ORIGIN ?? `http://localhost:${port}`;
  const { app, mode } = muralRoutesFor(process.env, origin);
  const listener = getRequestListener(app.fetch);
  server.middlewares.use((req, res, next) => {
    const url = req.url ?? '/';
    if (MURAL_ROUTE_PREFIXES.some((prefix) => url.startsWith(prefix))) void listener(req, res);
    else next();
  });
  server.config.logger.info(
    `  MURAL companion page:           ${origin}/mural.html` +
      (mode === 'rehearsal' ? ' (rehearsal on the emulated MURAL: no MURAL_CLIENT_ID / MURAL_CLIENT_SECRET set)' : ' (MURAL)'),
  );
}
