/** Public contract of the emulated MURAL (MURAL Public API v1 over a Fetch-API function). */

/** A JSON value as the API sends and receives it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A widget exactly as `GET /murals/{muralId}/widgets/{widgetId}` returns it (x, y relative to `parentId`). */
export type MuralWidget = JsonObject & {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height?: number;
  parentId?: string;
  createdBy: { id: string; firstName: string; lastName: string };
};

export type MuralScope =
  | 'murals:read'
  | 'murals:write'
  | 'rooms:read'
  | 'rooms:write'
  | 'workspaces:read'
  | 'workspaces:write'
  | 'users:read'
  | 'identity:read'
  | 'templates:read'
  | 'templates:write';

export type OAuthClient = { clientId: string; clientSecret: string; redirectUris: string[] };

export type MuralEmulatorOptions = {
  /** Milliseconds since the epoch; drives token expiry, rate limits, cursors and timestamps. Default `Date.now`. */
  now?: () => number;
  /** Delay before each API answer arrives (the effect happens at once). Default 0. */
  latencyMs?: number;
  /** Share of admitted API requests answered `500 INTERNAL_SERVER_ERROR` with no effect. Default 0. */
  failureRate?: number;
  /** Share of admitted API requests that take effect and whose answer is then lost (fetch rejects with a TypeError). Default 0. */
  lostAnswerRate?: number;
  /** Seed of the mulberry32 generators (faults, ids, tokens). Default 1. */
  seed?: number;
  /** Access-token lifetime. Default 15 minutes. */
  tokenLifetimeMs?: number;
  /** Page size when a list request has no `limit`. Default 100. */
  defaultPageSize?: number;
  /** A `next` cursor older than this is refused (`NEXT_TOKEN_EXPIRED`). Default 5 minutes. */
  cursorTtlMs?: number;
  /** Requests per rolling second per user (all apps). Default 25. */
  userRequestsPerSecond?: number;
  /** Requests per rolling minute per app. Default 10,000. */
  appRequestsPerMinute?: number;
  /** Scopes of the facilitator's and participants' tokens. Default: all ten. */
  scopes?: MuralScope[];
  /** The registered OAuth app. Default `{ clientId: 'accelerate-board', clientSecret: 'emulated-secret', redirectUris: ['http://localhost:5173/mural/auth/callback'] }`. */
  client?: OAuthClient;
  /** Most tags one mural holds (`MURAL_TAG_LIMIT_REACHED` beyond). Default 50. */
  tagLimit?: number;
  /** First name of the seeded facilitator. Default 'Facilitator'. */
  facilitator?: string;
};

export type MuralStats = {
  /** Every API request received (OAuth endpoints excluded), whatever its answer. */
  requests: number;
  /** Requests per `"METHOD /path/template"`, e.g. `"POST /murals/{muralId}/widgets/shape"`. */
  byRoute: Record<string, number>;
  /** Requests answered 429. */
  rateLimited: number;
  /** Injected transient 5xx answers (no effect). */
  failures: number;
  /** Requests that took effect and whose answer was lost. */
  lostAnswers: number;
};

/** A request handler in the Fetch API's terms: what a dev-server middleware wraps. Lost answers throw a TypeError. */
export type MuralHandler = (request: Request) => Promise<Response>;

export type EmulatedMural = {
  /** Fetch-API function serving `baseUrl`; anything else is answered 404. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** The same server as a `Request → Response` function (for middleware). */
  handle: MuralHandler;
  baseUrl: string;
  /** The seeded facilitator mural. */
  muralId: string;
  workspaceId: string;
  roomId: number;
  /** A facilitator access token valid now (a new one once the last expired). */
  accessToken(): string;
  /** A token valid now for another member (created on first use), optionally with fewer scopes. */
  tokenFor(user: string, scopes?: MuralScope[]): string;
  /** Member id of a user name (`createdBy.id`). */
  userId(user: string): string;
  stats(): MuralStats;
  resetStats(): void;
  /** Every widget of a mural (default: the seeded one), free of cost, in the API's shape; drawings excluded. */
  widgets(muralId?: string): MuralWidget[];
  /** Places an icon as MURAL's own UI would (the API cannot create icons). x, y top-left, relative to `parentId`. */
  addIcon(input: { user: string; x: number; y: number; parentId?: string; name?: string; muralId?: string }): MuralWidget;
  /** A pen drawing: stored, never returned by the API. Returns its id. */
  addDrawing(input: { user: string; x: number; y: number; muralId?: string }): string;
};
