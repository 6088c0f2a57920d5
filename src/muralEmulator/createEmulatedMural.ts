import { ALL_SCOPES, Tokens } from './auth';
import { MuralStore, type Member } from './muralStore';
import { MURAL_ROUTES } from './muralRoutes';
import { createOAuthRoutes } from './oauthRoutes';
import { Cursors } from './paging';
import { mulberry32 } from './random';
import { RateLimiter } from './rateLimit';
import { createServer } from './server';
import { RequestStats } from './stats';
import type { EmulatedMural, MuralEmulatorOptions, MuralScope, MuralWidget, OAuthClient } from './types';
import { WIDGET_ROUTES } from './widgetRoutes';
import { asWidget, baseFields } from './widgetRules';

export const MURAL_BASE_URL = 'https://app.mural.co/api/public/v1';
const DEFAULT_CLIENT: OAuthClient = {
  clientId: 'accelerate-board',
  clientSecret: 'emulated-secret',
  redirectUris: ['http://localhost:5173/mural/auth/callback'],
};

/**
 * An in-memory MURAL Public API v1 behind a Fetch-API function, per MURAL's OpenAPI and
 * mural-platform.md, strict where they are open (see CONTEXT.md). Seeded with one facilitator,
 * one workspace, one room and one mural.
 */
export function createEmulatedMural(options: MuralEmulatorOptions = {}): EmulatedMural {
  const now = options.now ?? (() => Date.now());
  const seed = options.seed ?? 1;
  const client = options.client ?? DEFAULT_CLIENT;
  const scopes = options.scopes ?? ALL_SCOPES;
  const store = new MuralStore(now, seed);
  const tokens = new Tokens(now, options.tokenLifetimeMs ?? 15 * 60_000, seed);
  const stats = new RequestStats();
  const facilitator = store.member(options.facilitator ?? 'Facilitator');
  const workspace = store.addWorkspace('Accelerate workshop');
  const room = store.addRoom(workspace.id, 'Data Mesh Accelerate', facilitator);
  const mural = store.addMural(room, { title: 'Data Mesh Accelerate' }, facilitator);

  const handle = createServer({
    baseUrl: MURAL_BASE_URL,
    routes: [...MURAL_ROUTES, ...WIDGET_ROUTES],
    store,
    cursors: new Cursors(options.defaultPageSize ?? 100, options.cursorTtlMs ?? 5 * 60_000, seed),
    tokens,
    limiter: new RateLimiter(options.userRequestsPerSecond ?? 25, options.appRequestsPerMinute ?? 10_000),
    stats,
    oauth: createOAuthRoutes({ client, tokens, now, seed, memberNamed: (name) => store.member(name), facilitator: () => facilitator }),
    now,
    random: mulberry32(seed),
    latencyMs: options.latencyMs ?? 0,
    failureRate: options.failureRate ?? 0,
    lostAnswerRate: options.lostAnswerRate ?? 0,
    tagLimit: options.tagLimit ?? 50,
  });

  // One current token per member and scope set: handed out again while valid, replaced once expired.
  const current = new Map<string, string>();
  const tokenOf = (member: Member, wanted: readonly MuralScope[]): string => {
    const key = `${member.id}|${[...wanted].sort().join(' ')}`;
    const existing = current.get(key);
    if (existing && tokens.isValid(existing)) return existing;
    const { accessToken } = tokens.issue({ member, clientId: client.clientId, scopes: wanted });
    current.set(key, accessToken);
    return accessToken;
  };

  const muralOf = (muralId?: string) => store.mural(muralId ?? mural.info.id);

  return {
    fetch: (input, init) => handle(new Request(input, init)),
    handle,
    baseUrl: MURAL_BASE_URL,
    muralId: mural.info.id,
    workspaceId: workspace.id,
    roomId: room.id,
    accessToken: () => tokenOf(facilitator, scopes),
    tokenFor: (user, wanted) => tokenOf(store.member(user), wanted ?? scopes),
    userId: (user) => store.member(user).id,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    widgets: (muralId) => store.visibleWidgets(muralOf(muralId)).map((stored) => structuredClone(stored.widget)),
    addIcon: ({ user, x, y, parentId, name, muralId }) => {
      const target = muralOf(muralId);
      const icon = asWidget({
        ...baseFields(store.newWidgetId(), 'icon', store.member(user), now(), store.nextStackingOrder(target)),
        x, y, width: 40, height: 40,
        ...(parentId !== undefined ? { parentId } : {}),
        name: name ?? 'star',
        style: { color: '#000000FF' },
      });
      return structuredClone(store.insert(target, icon));
    },
    addDrawing: ({ user, x, y, muralId }) => {
      const target = muralOf(muralId);
      const drawing = asWidget({
        ...baseFields(store.newWidgetId(), 'drawing', store.member(user), now(), store.nextStackingOrder(target)),
        x, y, width: 50, height: 20,
      });
      return store.insert(target, drawing, true).id;
    },
  };
}

export { muralMiddleware } from './nodeMiddleware';
export type { MuralWidget };
