import type { MuralTokens } from './sessions';
import type { UpstreamFetch } from './brokerConfig';

export type TokenClient = { clientId: string; clientSecret: string; tokenUrl: string; fetch: UpstreamFetch };

/** Why a token call failed, without anything secret in it (MURAL's error code, or the HTTP status). */
export class TokenEndpointError extends Error {
  constructor(readonly status: number, readonly code: string) {
    super(`MURAL's token endpoint answered ${status} ${code}`);
    this.name = 'TokenEndpointError';
  }
}

/**
 * MURAL's token endpoint (mural-platform.md §3): the client secret goes with every exchange and every
 * refresh, form-encoded, server to server. Refresh rotates both tokens: the caller keeps the new pair.
 */
export function exchangeCode(client: TokenClient, input: { code: string; verifier: string; redirectUri: string }): Promise<MuralTokens> {
  return tokenCall(client, {
    grant_type: 'authorization_code',
    code: input.code,
    redirect_uri: input.redirectUri,
    code_verifier: input.verifier,
  });
}

export function refreshTokens(client: TokenClient, refreshToken: string): Promise<MuralTokens> {
  return tokenCall(client, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

async function tokenCall(client: TokenClient, fields: Record<string, string>): Promise<MuralTokens> {
  const body = new URLSearchParams({ ...fields, client_id: client.clientId, client_secret: client.clientSecret });
  const response = await client.fetch(client.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: body.toString(),
  });
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new TokenEndpointError(response.status, typeof answer.code === 'string' ? answer.code : typeof answer.error === 'string' ? answer.error : 'UNKNOWN');
  const { access_token: accessToken, refresh_token: refreshToken } = answer;
  if (typeof accessToken !== 'string' || typeof refreshToken !== 'string') throw new TokenEndpointError(response.status, 'MALFORMED_TOKEN_ANSWER');
  return { accessToken, refreshToken };
}
