import { describe, expect, test } from 'vitest';
import { createBroker } from '../../server/createBroker';
import { authorizeAtMural, brokerOnEmulatedMural, CLIENT, ORIGIN, sessionCookieOf, signIn, startSignIn } from './harness';

describe('sign-in through the broker (emulated MURAL OAuth)', () => {
  test('sign-in start sends the browser to MURAL with state, PKCE S256, the exact redirect URL and the minimal scopes', async () => {
    const h = brokerOnEmulatedMural();
    const { answer, location } = await startSignIn(h);
    expect(answer.status).toBe(302);
    const q = location.searchParams;
    expect(`${location.origin}${location.pathname}`).toBe('https://app.mural.co/api/public/v1/authorization/oauth2/');
    expect(q.get('client_id')).toBe(CLIENT.clientId);
    expect(q.get('redirect_uri')).toBe(`${ORIGIN}/mural/auth/callback`);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('scope')!.split(' ').sort()).toEqual(['identity:read', 'murals:read', 'murals:write', 'rooms:read', 'workspaces:read']);
    expect(q.has('client_secret')).toBe(false);
    // Each sign-in gets its own state and verifier.
    const again = await startSignIn(h);
    expect(again.location.searchParams.get('state')).not.toBe(q.get('state'));
    expect(again.location.searchParams.get('code_challenge')).not.toBe(q.get('code_challenge'));
  });

  test('the session cookie is HttpOnly, SameSite=Lax, scoped to /mural; Secure on an https origin', async () => {
    const h = brokerOnEmulatedMural();
    const set = (await startSignIn(h)).answer.headers.get('set-cookie')!;
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Lax/i);
    expect(set).toMatch(/Path=\/mural(;|$)/);
    expect(set).not.toMatch(/Secure/i);
    const https = createBroker({ clientId: 'x', clientSecret: 'y', publicOrigin: 'https://accelerate.example.com', fetch: () => Promise.reject(new Error('offline')), mode: 'mural' });
    const answer = await https.fetch(new Request('https://accelerate.example.com/mural/auth/signin'));
    expect(answer.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect(new URL(answer.headers.get('location')!).searchParams.get('redirect_uri')).toBe('https://accelerate.example.com/mural/auth/callback');
  });

  test('the callback exchanges the code with the secret and the PKCE verifier; the page is then signed in', async () => {
    const h = brokerOnEmulatedMural();
    const start = await startSignIn(h);
    const callback = await authorizeAtMural(h, start.location);
    expect(`${callback.origin}${callback.pathname}`).toBe(`${ORIGIN}/mural/auth/callback`);
    const before = await (await h.call('/mural/auth/session', { cookie: start.cookie })).json();
    expect(before).toEqual({ signedIn: false, mode: 'rehearsal' });
    const done = await h.call(`${callback.pathname}${callback.search}`, { cookie: start.cookie });
    expect(done.headers.get('location')).toBe('/mural.html?signin=ok');
    const cookie = sessionCookieOf(done);
    expect(cookie).not.toBe(start.cookie); // a new session id once signed in
    expect(await (await h.call('/mural/auth/session', { cookie })).json()).toEqual({ signedIn: true, mode: 'rehearsal' });
    // The pre-sign-in id is worth nothing afterwards.
    expect(await (await h.call('/mural/auth/session', { cookie: start.cookie })).json()).toEqual({ signedIn: false, mode: 'rehearsal' });
    // The emulated MURAL checked secret and verifier (it refuses a token call without them); the verifier matched the challenge.
    expect(h.upstream.filter((call) => call.url.endsWith('/authorization/oauth2/token'))).toHaveLength(1);
  });

  test('a forged state, another browser’s state and a replayed state are refused, and no code is exchanged', async () => {
    const h = brokerOnEmulatedMural();
    const mine = await startSignIn(h);
    const theirs = await startSignIn(h);
    const theirCallback = await authorizeAtMural(h, theirs.location);
    const tokenCalls = () => h.upstream.filter((call) => call.url.endsWith('/token')).length;

    const forged = await h.call(`/mural/auth/callback?code=abc&state=forged-state`, { cookie: mine.cookie });
    expect(forged.headers.get('location')).toBe('/mural.html?signin=refused');
    // An attacker's callback link (their code and state) opened in my browser.
    const crossed = await h.call(`${theirCallback.pathname}${theirCallback.search}`, { cookie: mine.cookie });
    expect(crossed.headers.get('location')).toBe('/mural.html?signin=refused');
    const noSession = await h.call(`${theirCallback.pathname}${theirCallback.search}`);
    expect(noSession.headers.get('location')).toBe('/mural.html?signin=refused');
    expect(tokenCalls()).toBe(0);

    const ok = await h.call(`${theirCallback.pathname}${theirCallback.search}`, { cookie: theirs.cookie });
    expect(ok.headers.get('location')).toBe('/mural.html?signin=ok');
    const replay = await h.call(`${theirCallback.pathname}${theirCallback.search}`, { cookie: theirs.cookie });
    expect(replay.headers.get('location')).toBe('/mural.html?signin=refused');
    expect(tokenCalls()).toBe(1);
  });

  test('a state is used once even when the first callback did not sign in (replay after a denial)', async () => {
    const h = brokerOnEmulatedMural();
    const start = await startSignIn(h);
    const callback = await authorizeAtMural(h, start.location);
    const state = callback.searchParams.get('state')!;
    const denied = await h.call(`/mural/auth/callback?error=access_denied&state=${state}`, { cookie: start.cookie });
    expect(denied.headers.get('location')).toBe('/mural.html?signin=denied');
    const replay = await h.call(`${callback.pathname}${callback.search}`, { cookie: start.cookie });
    expect(replay.headers.get('location')).toBe('/mural.html?signin=refused');
  });

  test('a state older than ten minutes is refused', async () => {
    const h = brokerOnEmulatedMural();
    const start = await startSignIn(h);
    const callback = await authorizeAtMural(h, start.location);
    h.advance(10 * 60_000 + 1);
    const late = await h.call(`${callback.pathname}${callback.search}`, { cookie: start.cookie });
    expect(late.headers.get('location')).toBe('/mural.html?signin=refused');
  });

  test('sign-out forgets the tokens: the proxy refuses the old cookie', async () => {
    const h = brokerOnEmulatedMural();
    const cookie = await signIn(h);
    expect((await h.call('/mural/api/users/me', { cookie })).status).toBe(200);
    const out = await h.call('/mural/auth/signout', { method: 'POST', cookie });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/accelerate_mural_session=;.*Max-Age=0/i);
    expect((await h.call('/mural/api/users/me', { cookie })).status).toBe(401);
    // Sign-out is a POST: a link or image (GET) cannot sign a facilitator out.
    expect((await h.call('/mural/auth/signout', { cookie })).status).toBe(404);
  });
});
