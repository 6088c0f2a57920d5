import { describe, expect, it } from 'vitest';
import { s256 } from '../../src/muralEmulator/oauthRoutes';
import { setup } from './setup';

const CLIENT = { id: 'accelerate-board', secret: 'emulated-secret', redirect: 'http://localhost:5173/mural/auth/callback' };
const VERIFIER = 'a-long-random-verifier-of-at-least-43-characters-0123456789';

async function authorize(mural: ReturnType<typeof setup>['mural'], extra: Record<string, string> = {}) {
  const params = new URLSearchParams({
    client_id: CLIENT.id, redirect_uri: CLIENT.redirect, response_type: 'code', scope: 'murals:read murals:write',
    state: 'st-1', code_challenge: await s256(VERIFIER), code_challenge_method: 'S256', ...extra,
  });
  return mural.fetch(`${mural.baseUrl}/authorization/oauth2/?${params}`, { redirect: 'manual' });
}

async function exchange(mural: ReturnType<typeof setup>['mural'], fields: Record<string, string>, json = false) {
  const body = json ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
  const response = await mural.fetch(`${mural.baseUrl}/authorization/oauth2/token`, {
    method: 'POST', headers: { 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded' }, body,
  });
  return { status: response.status, body: await response.json() };
}

async function codeFrom(mural: ReturnType<typeof setup>['mural']) {
  const redirect = await authorize(mural);
  expect(redirect.status).toBe(302);
  const location = new URL(redirect.headers.get('location') ?? '');
  expect(location.origin + location.pathname).toBe(CLIENT.redirect);
  expect(location.searchParams.get('state')).toBe('st-1');
  return location.searchParams.get('code') ?? '';
}

describe('emulated MURAL: tokens, scopes and OAuth', () => {
  it('an access token works until 15 minutes after issue, then 401 TOKEN_EXPIRED; accessToken() gives a fresh one', async () => {
    const { mural, call, clock } = setup();
    const token = mural.accessToken();
    clock.advance(15 * 60_000 - 1);
    expect((await call('GET', `/murals/${mural.muralId}`, undefined, token)).status).toBe(200);
    clock.advance(1);
    const expired = await call('GET', `/murals/${mural.muralId}`, undefined, token);
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('TOKEN_EXPIRED');
    expect(mural.accessToken()).not.toBe(token);
    expect((await call('GET', `/murals/${mural.muralId}`)).status).toBe(200);
    // Mutation caught: `now >= expiresAt` → `now > expiresAt` keeps the token alive at 15:00.000.
  });

  it('no or unknown token → 401 UNAUTHORIZED; a missing scope → 403 INVALID_SCOPE', async () => {
    const { mural, call } = setup();
    const none = await mural.fetch(`${mural.baseUrl}/murals/${mural.muralId}`);
    expect(none.status).toBe(401);
    expect((await none.json()).code).toBe('UNAUTHORIZED');
    expect((await call('GET', `/murals/${mural.muralId}`, undefined, 'made-up')).body.code).toBe('UNAUTHORIZED');
    const readOnly = mural.tokenFor('Reader', ['murals:read']);
    expect((await call('GET', `/murals/${mural.muralId}/widgets`, undefined, readOnly)).status).toBe(200);
    const write = await call('POST', `/murals/${mural.muralId}/widgets/area`, {}, readOnly);
    expect(write.status).toBe(403);
    expect(write.body).toEqual({ code: 'INVALID_SCOPE', message: 'Logged in user does not have the right scope(s) to access this resource.' });
    expect((await call('GET', '/workspaces', undefined, readOnly)).body.code).toBe('INVALID_SCOPE');
    expect((await call('GET', `/workspaces/${mural.workspaceId}/rooms`, undefined, readOnly)).body.code).toBe('INVALID_SCOPE');
    expect((await call('GET', '/users/me', undefined, readOnly)).status).toBe(403);
    expect(mural.widgets()).toHaveLength(0);
  });

  it('authorize → code → token with the secret and PKCE S256 (form and JSON bodies); codes are single-use', async () => {
    const { mural, call } = setup();
    const code = await codeFrom(mural);
    const fields = { grant_type: 'authorization_code', code, redirect_uri: CLIENT.redirect, client_id: CLIENT.id, client_secret: CLIENT.secret, code_verifier: VERIFIER };
    const tokens = await exchange(mural, fields);
    expect(tokens.status).toBe(200);
    expect(tokens.body).toMatchObject({ access_token: expect.any(String), refresh_token: expect.any(String), expires_in: 900, token_type: 'bearer', scope: 'murals:read murals:write' });
    expect((await call('GET', `/murals/${mural.muralId}/widgets`, undefined, tokens.body.access_token)).status).toBe(200);
    expect((await call('GET', '/workspaces', undefined, tokens.body.access_token)).status).toBe(403);
    expect((await exchange(mural, fields)).status).toBe(400);
    const jsonCode = await codeFrom(mural);
    expect((await exchange(mural, { ...fields, code: jsonCode }, true)).status).toBe(200);
  });

  it('refuses a PKCE mismatch, a missing secret, a wrong redirect and authorize without S256', async () => {
    const { mural } = setup();
    const base = { grant_type: 'authorization_code', redirect_uri: CLIENT.redirect, client_id: CLIENT.id, client_secret: CLIENT.secret };
    const mismatch = await exchange(mural, { ...base, code: await codeFrom(mural), code_verifier: `${VERIFIER}x` });
    expect(mismatch).toMatchObject({ status: 400, body: { code: 'INVALID_GRANT' } });
    const noVerifier = await exchange(mural, { ...base, code: await codeFrom(mural) });
    expect(noVerifier.status).toBe(400);
    const { client_secret: _secret, ...noSecret } = base;
    expect((await exchange(mural, { ...noSecret, code: await codeFrom(mural), code_verifier: VERIFIER })).status).toBe(401);
    expect((await exchange(mural, { ...base, redirect_uri: 'http://localhost:5173/other', code: await codeFrom(mural), code_verifier: VERIFIER })).status).toBe(400);
    const plain = await authorize(mural, { code_challenge_method: 'plain' });
    expect(new URL(plain.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_request');
    const badRedirect = await authorize(mural, { redirect_uri: 'http://evil.example/cb' });
    expect(badRedirect.status).toBe(400);
    // Mutation caught: comparing the challenge with the raw verifier (plain) accepts no S256 client, so the happy path fails.
  });

  it('refresh rotates both tokens; the old refresh token and the old access token are refused', async () => {
    const { mural, call } = setup();
    const code = await codeFrom(mural);
    const first = (await exchange(mural, { grant_type: 'authorization_code', code, redirect_uri: CLIENT.redirect, client_id: CLIENT.id, client_secret: CLIENT.secret, code_verifier: VERIFIER })).body;
    const refresh = { grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: CLIENT.id, client_secret: CLIENT.secret };
    const second = await exchange(mural, refresh);
    expect(second.status).toBe(200);
    expect(second.body.access_token).not.toBe(first.access_token);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect((await exchange(mural, refresh)).body.code).toBe('INVALID_GRANT');
    expect((await call('GET', `/murals/${mural.muralId}`, undefined, first.access_token)).body.code).toBe('UNAUTHORIZED');
    expect((await call('GET', `/murals/${mural.muralId}`, undefined, second.body.access_token)).status).toBe(200);
    // MURAL's sample: POST …/oauth2/refresh with HTTP Basic client credentials and a JSON body.
    const viaRefresh = await mural.fetch(`${mural.baseUrl}/authorization/oauth2/refresh`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Basic ${btoa(`${CLIENT.id}:${CLIENT.secret}`)}` },
      body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: second.body.refresh_token }),
    });
    expect(viaRefresh.status).toBe(200);
    expect((await viaRefresh.json()).refresh_token).not.toBe(second.body.refresh_token);
    // Mutation caught: not marking the refresh token `used` lets the old one refresh again.
  });
});
