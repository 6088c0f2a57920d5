import { jsonResponse } from './apiError';
import { ALL_SCOPES, type Tokens } from './auth';
import type { Member } from './muralStore';
import { mulberry32, randomHex } from './random';
import type { Json, MuralScope, OAuthClient } from './types';

/**
 * OAuth 2.0 authorization code + PKCE (S256) as mural-platform.md §3 describes, strict where it is open:
 * `state`, `code_challenge` and `code_challenge_method=S256` are required; the client secret is required
 * on every token call (body or HTTP Basic); codes are single-use and live 10 minutes; the token endpoint
 * takes form and JSON bodies; `/authorization/oauth2/refresh` is served too. Errors are `{ code, message }`
 * (MURAL's format for these endpoints is undocumented). These endpoints are not rate-limited, faulted or counted.
 */
export const CODE_LIFETIME_MS = 10 * 60_000;

type Code = { clientId: string; redirectUri: string; challenge: string; scopes: MuralScope[]; member: Member; issuedAt: number; used: boolean };

export type OAuthDeps = { client: OAuthClient; tokens: Tokens; now: () => number; seed: number; memberNamed: (name: string) => Member; facilitator: () => Member };

const oauthError = (status: number, code: string, message: string): Response => jsonResponse(status, { code, message });

export function createOAuthRoutes(deps: OAuthDeps): (request: Request, path: string) => Promise<Response> | undefined {
  const codes = new Map<string, Code>();
  const random = mulberry32(deps.seed ^ 0x0a0747);

  const authorize = (url: URL): Response => {
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri') ?? '';
    if (q.get('client_id') !== deps.client.clientId) return oauthError(400, 'INVALID_CLIENT', 'Unknown client_id.');
    // The redirect URL must match a registered one exactly; MURAL then shows an error page instead of redirecting.
    if (!deps.client.redirectUris.includes(redirectUri)) return oauthError(400, 'INVALID_REDIRECT_URI', 'redirect_uri is not registered for this app.');
    const back = (params: Record<string, string>): Response => {
      const target = new URL(redirectUri);
      for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
      return new Response(null, { status: 302, headers: { location: target.toString() } });
    };
    const state = q.get('state');
    if (!state) return back({ error: 'invalid_request', error_description: 'state is required' });
    if (q.get('response_type') !== 'code') return back({ error: 'unsupported_response_type', state });
    const challenge = q.get('code_challenge');
    if (!challenge || q.get('code_challenge_method') !== 'S256') {
      return back({ error: 'invalid_request', error_description: 'PKCE with code_challenge_method=S256 is required', state });
    }
    const scopes = (q.get('scope') ?? '').split(' ').filter((scope) => scope !== '');
    if (scopes.length === 0 || scopes.some((scope) => !ALL_SCOPES.includes(scope as MuralScope))) return back({ error: 'invalid_scope', state });
    // Who signs in: the facilitator, or `login_hint` (an emulator extension naming another member).
    const hint = q.get('login_hint');
    const member = hint ? deps.memberNamed(hint) : deps.facilitator();
    const code = randomHex(random, 32);
    codes.set(code, { clientId: deps.client.clientId, redirectUri, challenge, scopes: scopes as MuralScope[], member, issuedAt: deps.now(), used: false });
    return back({ code, state });
  };

  const tokenAnswer = (issued: { accessToken: string; refreshToken: string }, scopes: readonly MuralScope[]): Response =>
    jsonResponse(200, {
      access_token: issued.accessToken,
      refresh_token: issued.refreshToken,
      expires_in: deps.tokens.lifetimeSeconds,
      token_type: 'bearer',
      scope: scopes.join(' '),
    });

  const token = async (request: Request, refreshRoute: boolean): Promise<Response> => {
    const form = await readForm(request);
    if (!form) return oauthError(400, 'INVALID_REQUEST', 'Send a form-encoded or JSON body.');
    const basic = basicCredentials(request.headers.get('authorization'));
    const clientId = form.client_id ?? basic?.id;
    const secret = form.client_secret ?? basic?.secret;
    if (clientId !== deps.client.clientId || secret !== deps.client.clientSecret) {
      return oauthError(401, 'INVALID_CLIENT', 'client_id and client_secret are required and must match the app.');
    }
    const grantType = form.grant_type ?? (refreshRoute ? 'refresh_token' : undefined);
    if (grantType === 'refresh_token') {
      const rotated = deps.tokens.rotate(form.refresh_token ?? '', clientId);
      if (!rotated) return oauthError(400, 'INVALID_GRANT', 'The refresh token is invalid, already used or revoked.');
      return tokenAnswer(rotated, rotated.grant.scopes);
    }
    if (grantType !== 'authorization_code' || refreshRoute) return oauthError(400, 'UNSUPPORTED_GRANT_TYPE', 'grant_type must be authorization_code or refresh_token.');
    const code = codes.get(form.code ?? '');
    if (!code || code.used || deps.now() - code.issuedAt >= CODE_LIFETIME_MS || code.clientId !== clientId) {
      return oauthError(400, 'INVALID_GRANT', 'The authorization code is invalid, expired or already used.');
    }
    if (form.redirect_uri !== code.redirectUri) return oauthError(400, 'INVALID_GRANT', 'redirect_uri differs from the authorization request.');
    code.used = true;
    if (!form.code_verifier || (await s256(form.code_verifier)) !== code.challenge) {
      return oauthError(400, 'INVALID_GRANT', 'code_verifier does not match the code_challenge (PKCE S256).');
    }
    const grant = { member: code.member, clientId, scopes: code.scopes };
    return tokenAnswer(deps.tokens.issue(grant), code.scopes);
  };

  return (request, path) => {
    const method = request.method.toUpperCase();
    if (method === 'GET' && (path === '/authorization/oauth2' || path === '/authorization/oauth2/')) return Promise.resolve(authorize(new URL(request.url)));
    if (method === 'POST' && path === '/authorization/oauth2/token') return token(request, false);
    if (method === 'POST' && path === '/authorization/oauth2/refresh') return token(request, true);
    return undefined;
  };
}

/** base64url(SHA-256(verifier)), the S256 code challenge. */
export async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function readForm(request: Request): Promise<Record<string, string | undefined> | undefined> {
  const text = await request.text();
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) {
    try {
      const parsed: Json = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, typeof value === 'string' ? value : undefined]));
    } catch {
      return undefined;
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function basicCredentials(header: string | null): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = atob(match[1]);
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
