/** What the broker needs to know: the registered MURAL app, where MURAL is, and how to reach it. */

/** MURAL's Public API base: the only place the proxy forwards to (mural-platform.md §2). */
export const MURAL_API_BASE_URL = 'https://app.mural.co/api/public/v1';
export const MURAL_AUTHORIZE_URL = `${MURAL_API_BASE_URL}/authorization/oauth2/`;
export const MURAL_TOKEN_URL = `${MURAL_API_BASE_URL}/authorization/oauth2/token`;

/**
 * The minimum the page needs (mural-platform.md §3): read and write the mural's widgets, show who is
 * signed in (`/users/me`), and pick or create a mural in a room of a workspace. No `*:write` on rooms or
 * workspaces, no templates, no users.
 */
export const MURAL_SCOPES = ['murals:read', 'murals:write', 'identity:read', 'workspaces:read', 'rooms:read'] as const;

/** Where the browser comes back after signing in; must match the app's registered redirect URL exactly. */
export const CALLBACK_PATH = '/mural/auth/callback';
/** The companion page the broker sends the browser back to. */
export const PAGE_PATH = '/mural.html';

export type UpstreamFetch = (input: string, init: RequestInit) => Promise<Response>;

export type BrokerConfig = {
  clientId: string;
  /** Sent only to MURAL's token endpoint, never to the browser, never logged. */
  clientSecret: string;
  /** The broker's own origin as the browser sees it, e.g. `http://localhost:3000` (the redirect URL is built from it). */
  publicOrigin: string;
  /** Where the browser is sent to authorize: MURAL's, or the emulated MURAL's as the dev server mounts it. */
  authorizeUrl?: string;
  /** Server-to-server: the token endpoint and the API base (both MURAL's, also in rehearsal, answered by the emulator's fetch). */
  tokenUrl?: string;
  apiBaseUrl?: string;
  /** How the broker reaches MURAL: Node's fetch, or the emulated MURAL's in rehearsal and tests. */
  fetch: UpstreamFetch;
  /** Shown by `/mural/auth/session` so the page can say it is a rehearsal. */
  mode: 'mural' | 'rehearsal';
  now?: () => number;
  /** Operational messages; never passed a token, a code or the secret. Default `console.warn`. */
  log?: (line: string) => void;
};

/** The app's credentials from the environment, or `undefined` (then `npm start` rehearses on the emulated MURAL). */
export function credentialsFromEnv(env: Record<string, string | undefined>): { clientId: string; clientSecret: string } | undefined {
  const clientId = env.MURAL_CLIENT_ID?.trim();
  const clientSecret = env.MURAL_CLIENT_SECRET?.trim();
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}
