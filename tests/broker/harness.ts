import { createEmulatedMural } from '../../src/muralEmulator/createEmulatedMural';
import { createBroker } from '../../server/createBroker';
import { MURAL_API_BASE_URL } from '../../server/brokerConfig';

export const ORIGIN = 'http://localhost:3000';
export const CLIENT = { clientId: 'broker-test-app', clientSecret: 'test-secret-5f0c1e7a', redirectUris: [`${ORIGIN}/mural/auth/callback`] };

/**
 * A broker whose upstream is the emulated MURAL (its OAuth endpoints and API), with a clock both
 * share, a record of every upstream call and every log line, and every token MURAL handed out.
 */
export function brokerOnEmulatedMural() {
  let time = Date.UTC(2026, 0, 5, 9);
  const now = () => time;
  const mural = createEmulatedMural({ now, client: CLIENT });
  const upstream: { url: string; authorization: string | null; headers: string[] }[] = [];
  const issuedTokens: string[] = [];
  const logs: string[] = [];
  const faults = { tokenEndpointRefuses: false };
  const fetch = async (input: string, init: RequestInit) => {
    upstream.push({ url: input, authorization: new Headers(init.headers).get('authorization'), headers: [...new Headers(init.headers).keys()].sort() });
    if (faults.tokenEndpointRefuses && input.includes('/authorization/oauth2/token')) {
      return new Response(JSON.stringify({ code: 'INVALID_GRANT', message: 'refresh token revoked' }), { status: 400, headers: { 'content-type': 'application/json' } });
    }
    const answer = await mural.fetch(input, init);
    if (input.includes('/authorization/oauth2/token') && answer.ok) {
      const body = (await answer.clone().json()) as { access_token: string; refresh_token: string };
      issuedTokens.push(body.access_token, body.refresh_token);
    }
    return answer;
  };
  const broker = createBroker({
    clientId: CLIENT.clientId,
    clientSecret: CLIENT.clientSecret,
    publicOrigin: ORIGIN,
    authorizeUrl: `${MURAL_API_BASE_URL}/authorization/oauth2/`,
    fetch,
    mode: 'rehearsal',
    now,
    log: (line) => logs.push(line),
  });
  /** Everything the browser received, to search for secrets. */
  const seenByBrowser: string[] = [];
  const call = async (path: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set('cookie', init.cookie);
    const answer = await broker.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers }));
    const text = await answer.clone().text();
    seenByBrowser.push(text, ...[...answer.headers.entries()].map(([name, value]) => `${name}: ${value}`));
    return answer;
  };
  return { mural, broker, call, faults, upstream, issuedTokens, logs, seenByBrowser, advance: (ms: number) => (time += ms) };
}

export type Harness = ReturnType<typeof brokerOnEmulatedMural>;

/** `name=value` of the session cookie a response set. */
export function sessionCookieOf(answer: Response): string {
  const set = answer.headers.get('set-cookie') ?? '';
  const match = /^(accelerate_mural_session=[^;]*)/.exec(set);
  if (!match?.[1]) throw new Error(`no session cookie in ${set}`);
  return match[1];
}

/** Sign-in start: the session cookie and MURAL's authorize URL the browser is sent to. */
export async function startSignIn(h: Harness, cookie?: string) {
  const answer = await h.call('/mural/auth/signin', cookie ? { cookie } : {});
  const location = new URL(answer.headers.get('location')!);
  return { answer, cookie: answer.headers.get('set-cookie') ? sessionCookieOf(answer) : cookie!, location };
}

/** The browser at MURAL's authorize page: MURAL redirects back to the callback with `code` and `state`. */
export async function authorizeAtMural(h: Harness, authorizeUrl: URL): Promise<URL> {
  const answer = await h.mural.fetch(authorizeUrl.toString());
  return new URL(answer.headers.get('location')!);
}

/** A complete sign-in; returns the signed-in session cookie. */
export async function signIn(h: Harness): Promise<string> {
  const start = await startSignIn(h);
  const callback = await authorizeAtMural(h, start.location);
  const done = await h.call(`${callback.pathname}${callback.search}`, { cookie: start.cookie });
  if (done.headers.get('location') !== '/mural.html?signin=ok') throw new Error(`sign-in failed: ${done.headers.get('location')}`);
  return sessionCookieOf(done);
}
