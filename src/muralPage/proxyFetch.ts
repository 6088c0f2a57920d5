/**
 * The MURAL page's only way out: its own origin's broker (`/mural/api/*`, the MURAL proxy, and
 * `/mural/auth/session`). Paths only (never a URL with an origin), so nothing leaves the page's origin;
 * the session cookie goes along, tokens never come back. `tests/reliability/onlyMiro.test.ts` allows
 * exactly the call below, in this file.
 */
export function proxyPath(path: string): string {
  if (!/^\/mural\/(?:api\/[^/]|auth\/session(?:$|\?))/.test(path) || path.includes('..') || path.includes('\\') || path.startsWith('//')) {
    throw new TypeError(`The MURAL page talks only to its own /mural/api/ proxy, not to ${path}.`);
  }
  return path;
}

export function proxyFetch(path: string, init: RequestInit = {}): Promise<Response> {
  return window.fetch(proxyPath(path), { ...init, credentials: 'same-origin' });
}
