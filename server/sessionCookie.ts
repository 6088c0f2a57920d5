import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The browser's only credential: an opaque session id. Tokens and the secret stay on the server. */
export const SESSION_COOKIE = 'accelerate_mural_session';

export function readSessionId(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (sent on the top-level redirect back from MURAL, not on
 * cross-site subrequests or POSTs), Path=/mural (only the broker's routes), Secure when served over https.
 */
export function writeSessionId(c: Context, id: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, id, { httpOnly: true, sameSite: 'Lax', path: '/mural', secure });
}

export function clearSessionId(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/mural', secure });
}
