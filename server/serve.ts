import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { muralRoutesFor } from './muralRoutes';

/**
 * `npm run serve`: the built pages (`dist/`, from `npm run build`) plus the MURAL routes, for a hosted
 * install. Set MURAL_PUBLIC_ORIGIN to the https origin registered with MURAL (redirect URL
 * `<origin>/mural/auth/callback`); without MURAL credentials it serves the rehearsal.
 */
const port = Number(process.env.PORT ?? 3000);
const origin = process.env.MURAL_PUBLIC_ORIGIN ?? `http://localhost:${port}`;
const dist = fileURLToPath(new URL('../dist', import.meta.url));

const { app: muralRoutes, mode } = muralRoutesFor(process.env, origin);
const app = new Hono();
app.route('/', muralRoutes);
app.use('/*', serveStatic({ root: dist }));

serve({ fetch: app.fetch, port }, () => {
  console.log(`Accelerate Board on ${origin}: MURAL page ${origin}/mural.html (${mode === 'rehearsal' ? 'rehearsal on the emulated MURAL' : 'MURAL'})`);
});
