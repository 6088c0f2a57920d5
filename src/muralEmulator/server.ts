import { ApiError, internalError, invalidBody, invalidProperty, jsonResponse } from './apiError';
import type { Tokens } from './auth';
import type { MuralStore } from './muralStore';
import type { Cursors } from './paging';
import type { RateLimiter } from './rateLimit';
import { matchRoute, type Route, type RouteContext } from './router';
import type { RequestStats } from './stats';
import type { Json, MuralHandler } from './types';

export type ServerDeps = {
  baseUrl: string;
  routes: readonly Route[];
  store: MuralStore;
  cursors: Cursors;
  tokens: Tokens;
  limiter: RateLimiter;
  stats: RequestStats;
  oauth: (request: Request, path: string) => Promise<Response> | undefined;
  now: () => number;
  random: () => number;
  latencyMs: number;
  failureRate: number;
  lostAnswerRate: number;
  tagLimit: number;
};

/** The message of the TypeError a lost answer rejects with (what `fetch` throws when the connection drops). */
export const LOST_ANSWER_MESSAGE = 'fetch failed (emulated lost answer: MURAL received the request and it took effect)';

/**
 * One API request, in this order: route → token known (401 UNAUTHORIZED) → rate limits (429, not
 * counted) → token expired (401 TOKEN_EXPIRED) → scope (403 INVALID_SCOPE) → JSON body → injected
 * failure (500, no effect) → the route's effect → lost answer (effect kept, TypeError) → latency → answer.
 * Two draws of the seeded generator per admitted request (failure, lost), whatever the rates.
 */
export function createServer(deps: ServerDeps): MuralHandler {
  const base = new URL(deps.baseUrl);
  const basePath = base.pathname.replace(/\/$/, '');
  const delay = () => (deps.latencyMs > 0 ? new Promise<void>((resolve) => setTimeout(resolve, deps.latencyMs)) : Promise.resolve());
  const answer = async (status: number, body: Json | undefined, headers: Record<string, string> = {}): Promise<Response> => {
    await delay();
    return jsonResponse(status, body, headers);
  };
  const fail = (error: ApiError, headers: Record<string, string> = {}) => answer(error.status, error.body(), headers);

  return async (request) => {
    const url = new URL(request.url);
    if (url.origin !== base.origin || (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`))) {
      return fail(new ApiError(404, 'NOT_FOUND', `${url.origin}${url.pathname} is not served by the emulated MURAL.`));
    }
    const path = url.pathname.slice(basePath.length) || '/';
    const oauth = deps.oauth(request, path);
    if (oauth) return oauth;
    const method = request.method.toUpperCase();
    const match = matchRoute(deps.routes, method, path);
    if (!match) return fail(new ApiError(404, 'NOT_FOUND', `${method} ${path} is not an operation of the emulated MURAL API.`));
    deps.stats.request(`${method} ${match.route.template}`);

    const authorization = request.headers.get('authorization');
    let grant;
    try {
      grant = deps.tokens.authenticate(authorization);
    } catch (error) {
      return fail(error as ApiError);
    }
    const now = deps.now();
    const rate = deps.limiter.check(grant.member.id, grant.clientId, now);
    if (!rate.allowed) {
      deps.stats.rateLimited();
      return fail(new ApiError(429, 'RATE_LIMIT_EXCEEDED', 'Too many requests: wait until X-RateLimit-Reset / X-RateLimit-App-Reset.'), rate.headers);
    }
    let body: Json | undefined;
    try {
      deps.tokens.throwIfExpired(authorization);
      deps.tokens.requireScope(grant, match.route.scope);
      body = await readJson(request);
    } catch (error) {
      return fail(error as ApiError, rate.headers);
    }

    const failure = deps.random() < deps.failureRate;
    const lost = deps.random() < deps.lostAnswerRate;
    if (failure) {
      deps.stats.failed();
      return fail(internalError(), rate.headers);
    }
    const context: RouteContext = {
      store: deps.store, cursors: deps.cursors, params: match.params, query: url.searchParams, body,
      member: grant.member, now, options: { tagLimit: deps.tagLimit },
    };
    let status: number;
    let result: Json | undefined;
    try {
      ({ status, body: result } = match.route.handler(context));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(500, 'INTERNAL_SERVER_ERROR', `Emulator bug: ${String(error)}`);
      status = apiError.status;
      result = apiError.body();
    }
    if (lost) {
      deps.stats.lost();
      await delay();
      throw new TypeError(LOST_ANSWER_MESSAGE);
    }
    return answer(status, result, rate.headers);
  };
}

async function readJson(request: Request): Promise<Json | undefined> {
  if (request.method === 'GET' || request.method === 'DELETE' || request.method === 'HEAD') return undefined;
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    throw invalidBody([invalidProperty('The body is not valid JSON.')]);
  }
}
