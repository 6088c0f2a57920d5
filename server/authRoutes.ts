import type { Hono } from 'hono';
import { CALLBACK_PATH, MURAL_SCOPES, PAGE_PATH } from './brokerConfig';
import { randomToken, s256Challenge } from './pkce';
import { clearSessionId, readSessionId, writeSessionId } from './sessionCookie';
import type { SessionStore } from './sessions';
import { exchangeCode, TokenEndpointError, type TokenClient } from './tokenEndpoint';

export type AuthRouteDeps = {
  sessions: SessionStore;
  tokenClient: TokenClient;
  authorizeUrl: string;
  redirectUri: string;
  secureCookies: boolean;
  mode: 'mural' | 'rehearsal';
  now: () => number;
  log: (line: string) => void;
};

const back = (outcome: string): string => `${PAGE_PATH}?signin=${encodeURIComponent(outcome)}`;

/**
 * Sign-in start, callback, sign-out and the session's status (mural-platform.md §3: authorization code
 * with PKCE S256 and the client secret). `state` is bound to the browser's session and used once.
 */
export function addAuthRoutes(app: Hono, deps: AuthRouteDeps): void {
  const { sessions } = deps;

  app.get('/mural/auth/signin', (c) => {
    const session = sessions.get(readSessionId(c)) ?? sessions.create();
    const state = randomToken();
    const verifier = randomToken();
    session.pending.set(state, { verifier, startedAt: deps.now() });
    writeSessionId(c, session.id, deps.secureCookies);
    const target = new URL(deps.authorizeUrl, 'http://relative.invalid');
    target.searchParams.set('client_id', deps.tokenClient.clientId);
    target.searchParams.set('redirect_uri', deps.redirectUri);
    target.searchParams.set('response_type', 'code');
    target.searchParams.set('scope', MURAL_SCOPES.join(' '));
    target.searchParams.set('state', state);
    target.searchParams.set('code_challenge', s256Challenge(verifier));
    target.searchParams.set('code_challenge_method', 'S256');
    const location = target.origin === 'http://relative.invalid' ? `${target.pathname}${target.search}` : target.toString();
    return c.redirect(location, 302);
  });

  app.get(CALLBACK_PATH, async (c) => {
    const session = sessions.get(readSessionId(c));
    const state = c.req.query('state') ?? '';
    // A state this browser's session did not issue (forged, another browser's) or already used (replayed) is refused.
    const pending = session && state ? sessions.takeSignIn(session, state) : undefined;
    if (!session || !pending) return c.redirect(back('refused'), 303);
    if (c.req.query('error')) return c.redirect(back('denied'), 303);
    const code = c.req.query('code');
    if (!code) return c.redirect(back('refused'), 303);
    try {
      session.tokens = await exchangeCode(deps.tokenClient, { code, verifier: pending.verifier, redirectUri: deps.redirectUri });
    } catch (error) {
      deps.log(`MURAL sign-in failed: ${error instanceof TokenEndpointError ? `${error.status} ${error.code}` : 'no answer from MURAL'}`);
      return c.redirect(back('failed'), 303);
    }
    // A new session id once signed in, so an id planted before sign-in is worth nothing.
    const renewed = sessions.renew(session);
    writeSessionId(c, renewed.id, deps.secureCookies);
    return c.redirect(back('ok'), 303);
  });

  app.post('/mural/auth/signout', (c) => {
    const id = readSessionId(c);
    if (id) sessions.delete(id);
    clearSessionId(c, deps.secureCookies);
    return c.redirect(PAGE_PATH, 303);
  });

  app.get('/mural/auth/session', (c) => {
    const session = sessions.get(readSessionId(c));
    c.header('cache-control', 'no-store');
    return c.json({ signedIn: session?.tokens !== undefined, mode: deps.mode });
  });
}
