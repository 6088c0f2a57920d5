import { Hono } from 'hono';
import { addApiProxy } from './apiProxy';
import { addAuthRoutes } from './authRoutes';
import { CALLBACK_PATH, MURAL_API_BASE_URL, MURAL_AUTHORIZE_URL, MURAL_TOKEN_URL, type BrokerConfig } from './brokerConfig';
import { SessionStore } from './sessions';

/*
 * Hono (with @hono/node-server): a small, actively maintained router built on the Fetch API's Request
 * and Response, with no runtime dependencies. The broker is then a plain `app.fetch(request)` that tests
 * call directly, that `@hono/node-server` mounts as Vite middleware in `npm start` and serves (with
 * `dist/`) in `npm run serve`. Hand-rolled routing would have to re-do cookie, redirect and body handling.
 */

/** The OAuth broker and MURAL API proxy under `/mural/…`: holds the client secret and the tokens. */
export function createBroker(config: BrokerConfig): Hono {
  const now = config.now ?? (() => Date.now());
  const log = config.log ?? ((line: string) => console.warn(line));
  const sessions = new SessionStore(now);
  const tokenClient = { clientId: config.clientId, clientSecret: config.clientSecret, tokenUrl: config.tokenUrl ?? MURAL_TOKEN_URL, fetch: config.fetch };
  const origin = new URL(config.publicOrigin).origin;
  const app = new Hono();
  addAuthRoutes(app, {
    sessions,
    tokenClient,
    authorizeUrl: config.authorizeUrl ?? MURAL_AUTHORIZE_URL,
    redirectUri: `${origin}${CALLBACK_PATH}`,
    secureCookies: origin.startsWith('https:'),
    mode: config.mode,
    now,
    log,
  });
  addApiProxy(app, { sessions, tokenClient, apiBaseUrl: config.apiBaseUrl ?? MURAL_API_BASE_URL, fetch: config.fetch, log });
  return app;
}
