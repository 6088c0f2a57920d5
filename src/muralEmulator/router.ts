import type { Cursors } from './paging';
import type { Member, MuralStore } from './muralStore';
import type { Json, MuralScope } from './types';

export type RouteContext = {
  store: MuralStore;
  cursors: Cursors;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body; `undefined` when the request had none. */
  body: Json | undefined;
  member: Member;
  now: number;
  options: { tagLimit: number };
};

/** `body: undefined` → no body (204). */
export type RouteResult = { status: number; body?: Json };

export type Route = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path template under the base URL, e.g. `/murals/{muralId}/widgets/shape`. */
  template: string;
  /** The scope the OpenAPI names for the operation. */
  scope: MuralScope;
  handler: (context: RouteContext) => RouteResult;
};

export type RouteMatch = { route: Route; params: Record<string, string> };

/** Finds the route for a method and a path under the base URL; literal segments win over `{params}`. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/').filter((segment) => segment !== '');
  let best: { match: RouteMatch; literals: number } | undefined;
  for (const route of routes) {
    if (route.method !== method) continue;
    const parts = route.template.split('/').filter((part) => part !== '');
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let ok = true;
    parts.forEach((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith('{') && part.endsWith('}')) params[part.slice(1, -1)] = safeDecode(segment);
      else if (part === segment) literals++;
      else ok = false;
    });
    if (ok && (!best || literals > best.literals)) best = { match: { route, params }, literals };
  }
  return best?.match;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const param = (context: RouteContext, name: string): string => context.params[name] ?? '';
