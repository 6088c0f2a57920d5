import { describe, expect, test } from 'vitest';
import { upstreamUrl } from '../../server/apiProxy';
import { CLIENT, brokerOnEmulatedMural, signIn } from './harness';

const BASE = 'https://app.mural.co/api/public/v1';

describe('the MURAL API proxy', () => {
  test('forwards a signed-in page’s request with the session’s bearer token and passes the X-RateLimit-* headers back', async () => {
    const h = brokerOnEmulatedMural();
    const cookie = await signIn(h);
    const answer = await h.call(`/mural/api/murals/${h.mural.muralId}/widgets?limit=10`, { cookie, headers: { authorization: 'Bearer page-made-this-up', cookie } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { value: unknown[] }).value).toEqual([]);
    for (const name of ['limit', 'remaining', 'reset', 'app-limit', 'app-remaining', 'app-reset']) {
      expect(answer.headers.get(`x-ratelimit-${name}`), name).toMatch(/^\d+$/);
    }
    const last = h.upstream.at(-1)!;
    expect(last.url).toBe(`${BASE}/murals/${h.mural.muralId}/widgets?limit=10`);
    expect(last.authorization).toBe(`Bearer ${h.issuedTokens[0]}`);
    // Only the bearer and the body's headers go on: never the page's cookie.
    expect(last.headers).toEqual(['authorization']);
  });

  test('a write goes through with its body; MURAL’s status and errors come back as they are', async () => {
    const h = brokerOnEmulatedMural();
    const cookie = await signIn(h);
    const created = await h.call(`/mural/api/murals/${h.mural.muralId}/widgets/sticky-note`, {
      method: 'POST', cookie, headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ shape: 'rectangle', x: 10, y: 20, text: 'hello' }]),
    });
    expect(created.status).toBe(201);
    expect(h.mural.widgets().map((widget) => widget.text)).toEqual(['hello']);
    const bad = await h.call(`/mural/api/murals/${h.mural.muralId}/widgets/sticky-note`, { method: 'POST', cookie, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('BODY');
  });

  test('without a signed-in session nothing is forwarded', async () => {
    const h = brokerOnEmulatedMural();
    const before = h.upstream.length;
    expect((await h.call('/mural/api/users/me')).status).toBe(401);
    expect((await h.call('/mural/api/users/me', { cookie: 'accelerate_mural_session=guessed' })).status).toBe(401);
    // Signed-in elsewhere does not help: a started but unfinished sign-in is not signed in.
    const started = await h.call('/mural/auth/signin');
    const cookie = /^(accelerate_mural_session=[^;]*)/.exec(started.headers.get('set-cookie')!)![1]!;
    expect((await h.call('/mural/api/users/me', { cookie })).status).toBe(401);
    expect(h.upstream.length).toBe(before);
  });

  test('forwards only under MURAL’s API base, never to its OAuth endpoints or another origin', async () => {
    const h = brokerOnEmulatedMural();
    const cookie = await signIn(h);
    const attempts = [
      '/mural/api/../../../evil',
      '/mural/api/%2e%2e/%2e%2e/x',
      '/mural/api/..%2f..%2fx',
      '/mural/api//evil.example/x',
      '/mural/api/%2F%2Fevil.example/x',
      '/mural/api/authorization/oauth2/token',
      '/mural/api/x/../authorization/oauth2/token',
    ];
    const before = h.upstream.length;
    for (const path of attempts) {
      const answer = await h.call(path, { cookie, method: 'POST', body: 'grant_type=refresh_token' });
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
    }
    for (const call of h.upstream.slice(before)) {
      expect(call.url.startsWith(`${BASE}/`), call.url).toBe(true);
      expect(call.url).not.toContain('/authorization/');
    }
    const base = new URL(BASE);
    expect(upstreamUrl(base, new URL('http://localhost:3000/mural/api/murals/a.1/widgets?x=1'))).toBe(`${BASE}/murals/a.1/widgets?x=1`);
    for (const path of attempts) expect(upstreamUrl(base, new URL(`http://localhost:3000${path}`)), path).toBeUndefined();
  });

  test('an expired token is refreshed once (tokens rotate), also for requests in flight together', async () => {
    const h = brokerOnEmulatedMural();
    const cookie = await signIn(h);
    h.advance(15 * 60_000); // the access token lives 15 minutes
    const answers = await Promise.all([1, 2, 3].map(() => h.call('/mural/api/users/me', { cookie })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const refreshes = h.upstream.filter((call) => call.url.endsWith('/authorization/oauth2/token'));
    expect(refreshes).toHaveLength(2); // the code exchange, then one refresh
    expect(h.issuedTokens).toHaveLength(4);
    // The rotated pair is kept: the next expiry refreshes with the new refresh token and succeeds.
    h.advance(15 * 60_000);
    expect((await h.call('/mural/api/users/me', { cookie })).status).toBe(200);
    expect(h.upstream.at(-1)!.authorization).toBe(`Bearer ${h.issuedTokens[4]}`);
  });

  test('when the refresh is refused the page is told to sign in again', async () => {
    const h = brokerOnEmulatedMural();
    const cookie = await signIn(h);
    h.advance(15 * 60_000);
    h.faults.tokenEndpointRefuses = true; // MURAL revoked the refresh token
    const answer = await h.call('/mural/api/users/me', { cookie });
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { code: string }).code).toBe('NOT_SIGNED_IN');
    expect(h.logs).toEqual(['MURAL token refresh failed: 400 INVALID_GRANT']);
    expect(await (await h.call('/mural/auth/session', { cookie })).json()).toEqual({ signedIn: false, mode: 'rehearsal' });
  });

  test('tokens MURAL revoked (another client rotated them) end the sign-in', async () => {
    const h = brokerOnEmulatedMural();
    const cookie = await signIn(h);
    await h.mural.fetch(`${BASE}/authorization/oauth2/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: h.issuedTokens[1]!, client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }).toString(),
    });
    const answer = await h.call('/mural/api/users/me', { cookie });
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { code: string }).code).toBe('NOT_SIGNED_IN');
    expect(await (await h.call('/mural/auth/session', { cookie })).json()).toEqual({ signedIn: false, mode: 'rehearsal' });
  });

  test('the secret and the tokens never reach the browser, nor the log', async () => {
    const h = brokerOnEmulatedMural();
    const cookie = await signIn(h);
    await h.call('/mural/api/users/me', { cookie });
    h.advance(15 * 60_000);
    await h.call(`/mural/api/murals/${h.mural.muralId}`, { cookie });
    await h.call('/mural/auth/callback?code=x&state=y', { cookie });
    await h.call('/mural/auth/signout', { method: 'POST', cookie });
    expect(h.issuedTokens.length).toBeGreaterThanOrEqual(4);
    const secrets = [CLIENT.clientSecret, ...h.issuedTokens];
    const seen = [...h.seenByBrowser, ...h.logs].join('\n');
    for (const secret of secrets) expect(seen).not.toContain(secret);
    expect(h.seenByBrowser.join('\n')).toContain('Facilitator'); // the check does look at the answers
  });
});
