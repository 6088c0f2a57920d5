import { Hono } from 'hono';
import { credentialsFromEnv } from './brokerConfig';
import { createBroker } from './createBroker';
import { addEmulatedAuthorizePage, createRehearsal } from './rehearsal';

/** Paths the MURAL routes answer; the dev server and `npm run serve` leave everything else to the pages. */
export const MURAL_ROUTE_PREFIXES = ['/mural/', '/emulated-mural/'];

export type MuralRoutes = { app: Hono; mode: 'mural' | 'rehearsal' };

/**
 * The broker for this environment: with `MURAL_CLIENT_ID` and `MURAL_CLIENT_SECRET`, the real MURAL
 * (over Node's fetch); without them, a rehearsal on the emulated MURAL with the same routes and flow.
 */
export function muralRoutesFor(env: Record<string, string | undefined>, publicOrigin: string): MuralRoutes {
  const app = new Hono();
  const credentials = credentialsFromEnv(env);
  if (credentials) {
    app.route('/', createBroker({ ...credentials, publicOrigin, fetch: (input, init) => globalThis.fetch(input, init), mode: 'mural' }));
    return { app, mode: 'mural' };
  }
  const rehearsal = createRehearsal(publicOrigin);
  addEmulatedAuthorizePage(app, rehearsal);
  app.route('/', createBroker({
    clientId: rehearsal.clientId,
    clientSecret: rehearsal.clientSecret,
    publicOrigin,
    authorizeUrl: rehearsal.authorizeUrl,
    fetch: rehearsal.mural.fetch,
    mode: 'rehearsal',
  }));
  return { app, mode: 'rehearsal' };
}
