import type { Context, Hono } from 'hono';
import type { UpstreamFetch } from './brokerConfig';
import { readSessionId } from './sessionCookie';
import type { Session, SessionStore } from './sessions';
import { refreshTokens, TokenEndpointError, type TokenClient } from './tokenEndpoint';

export const PROXY_PREFIX = '/mural/api';

export type ApiProxyDeps = { sessions: SessionStore; tokenClient: TokenClient; apiBaseUrl: string; fetch: UpstreamFetch; log: (line: string) => void };

/** Request headers the page may send on to MURAL; everything else (cookies above all) stays here. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type'];
/** Answer headers passed back: the body's type and MURAL's six rate-limit headers. */
const passesBack = (name: string): boolean => name === 'content-type' || name.startsWith('x-ratelimit-');

const refuse = (c: Context, status: 400 | 401, code: string, message: string) => c.json({ code, message }, status);

/**
 * `…/mural/api/*` → MURAL's API base, for a signed-in session only: adds the session's bearer token,
 * refreshes once on 401 TOKEN_EXPIRED (keeping the rotated pair), passes the `X-RateLimit-*` headers
 * through. Never forwards anywhere but under `apiBaseUrl`, nor to the OAuth endpoints.
 */
export function addApiProxy(app: Hono, deps: ApiProxyDeps): void {
  const base = new URL(deps.apiBaseUrl.replace(/\/+$/, ''));

  app.all(`${PROXY_PREFIX}/*`, async (c) => {
    const session = deps.sessions.get(readSessionId(c));
    if (!session?.tokens) return refuse(c, 401, 'NOT_SIGNED_IN', 'Sign in to MURAL first.');
    const target = upstreamUrl(base, new URL(c.req.url));
    if (!target) return refuse(c, 400, 'PATH_REFUSED', 'Only MURAL API paths are forwarded.');

    const method = c.req.method.toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? undefined : await c.req.arrayBuffer();
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value) headers[name] = value;
    }
    const send = (accessToken: string) =>
      deps.fetch(target, { method, headers: { ...headers, authorization: `Bearer ${accessToken}` }, ...(body ? { body } : {}) });

    const used = session.tokens.accessToken;
    let answer = await send(used);
    if (answer.status === 401 && (await errorCode(answer)) === 'TOKEN_EXPIRED') {
      const tokens = await refreshed(session, used, deps);
      if (!tokens) return refuse(c, 401, 'NOT_SIGNED_IN', 'The MURAL sign-in expired. Sign in again.');
      answer = await send(tokens.accessToken);
    }
    if (answer.status === 401) {
      // Revoked or unknown to MURAL (not merely expired): these tokens are dead, the page must sign in again.
      if (session.tokens?.accessToken === used) delete session.tokens;
      return refuse(c, 401, 'NOT_SIGNED_IN', 'MURAL no longer accepts this sign-in. Sign in again.');
    }
    const out = new Headers();
    answer.headers.forEach((value, name) => {
      if (passesBack(name.toLowerCase())) out.set(name, value);
    });
    out.set('cache-control', 'no-store');
    return new Response(answer.status === 204 ? null : await answer.arrayBuffer(), { status: answer.status, headers: out });
  });
}

/**
 * The MURAL URL for a proxied path, or `undefined` when it would leave the API base (`..`, encoded
 * slashes or dots, a second origin) or reach the OAuth endpoints.
 */
export function upstreamUrl(base: URL, incoming: URL): string | undefined {
  const rest = incoming.pathname.slice(PROXY_PREFIX.length);
  if (!rest.startsWith('/') || rest.startsWith('//') || /%2f|%5c|%2e|\\/i.test(rest) || rest.split('/').some((part) => part === '..' || part === '.')) return undefined;
  const target = new URL(`${base.pathname}${rest}${incoming.search}`, base.origin);
  if (target.origin !== base.origin || !target.pathname.startsWith(`${base.pathname}/`)) return undefined;
  if (target.pathname.startsWith(`${base.pathname}/authorization/`)) return undefined;
  return target.toString();
}

async function errorCode(answer: Response): Promise<string | undefined> {
  try {
    const body = (await answer.clone().json()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}

/** One refresh per session at a time; requests that saw the same expired token share it. */
async function refreshed(session: Session, expiredAccessToken: string, deps: ApiProxyDeps) {
  if (session.tokens && session.tokens.accessToken !== expiredAccessToken) return session.tokens;
  if (!session.refreshing) {
    const refreshToken = session.tokens?.refreshToken ?? '';
    session.refreshing = refreshTokens(deps.tokenClient, refreshToken)
      .then((tokens) => {
        session.tokens = tokens;
        return tokens;
      })
      .catch((error: unknown) => {
        deps.log(`MURAL token refresh failed: ${error instanceof TokenEndpointError ? `${error.status} ${error.code}` : 'no answer from MURAL'}`);
        delete session.tokens;
        return undefined;
      })
      .finally(() => {
        delete session.refreshing;
      });
  }
  return session.refreshing;
}
