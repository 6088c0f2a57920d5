import { realMuralClock, type MuralClock } from './clock';
import { MuralClient, type MuralFetch } from './restClient';
import { Throttle } from './throttle';

export const MURAL_API_BASE_URL = 'https://app.mural.co/api/public/v1';

export type ConnectMuralOptions = {
  /** A Fetch-API function: the broker's proxy in the companion page, Node's fetch, or `createEmulatedMural().fetch`. */
  fetch: MuralFetch;
  /** `<workspace>.<number>`, as in the mural's link. */
  muralId: string;
  /** A valid access token (asked again once when MURAL says TOKEN_EXPIRED). */
  getAccessToken: () => string | Promise<string>;
  /** Default MURAL's own `https://app.mural.co/api/public/v1`. */
  baseUrl?: string;
  /** Tests share a fake clock with the emulated MURAL; default real time. */
  clock?: MuralClock;
  /** Our own pace, default 20 requests/second (MURAL: 25 per user across all apps). */
  maxRequestsPerSecond?: number;
  /** Tries of a read or update that fails transiently (default 6); back-off starts at `backoffMs` (250). */
  attempts?: number;
  backoffMs?: number;
  /** Longest total wait for MURAL's rate limit in one request (default 120 s). */
  maxRateLimitWaitMs?: number;
};

/**
 * A mural as the actions' board target: `buildAccelerateBoard(target)`, `tallyKeyMetrics(target)`.
 * Holds only how to reach the mural; every action opens its own client (its own counts).
 */
export type MuralBoard = {
  readonly platform: 'mural';
  readonly muralId: string;
  readonly baseUrl: string;
  /** A REST client for one action run. */
  readonly openClient: (run?: { signal?: AbortSignal; onRateLimitWait?: (waiting: boolean) => void }) => MuralClient;
};

/** Connects to a mural over MURAL's Public REST API (no request is made until an action runs). */
export function connectMural(options: ConnectMuralOptions): MuralBoard {
  if (typeof options?.fetch !== 'function') throw new TypeError('connectMural: `fetch` must be a Fetch-API function.');
  if (typeof options.getAccessToken !== 'function') throw new TypeError('connectMural: `getAccessToken` must be a function returning an access token.');
  if (typeof options.muralId !== 'string' || options.muralId.trim() === '') {
    throw new TypeError('connectMural: `muralId` must be the mural id ("<workspace>.<number>" from the mural\'s link).');
  }
  const baseUrl = (options.baseUrl ?? MURAL_API_BASE_URL).replace(/\/+$/, '');
  const fetch = options.fetch;
  const clock = options.clock ?? realMuralClock;
  // One pace per target: a tally right after a build shares the build's last second.
  const throttle = new Throttle(options.maxRequestsPerSecond ?? 20, clock);
  return {
    platform: 'mural',
    muralId: options.muralId,
    baseUrl,
    openClient: (run = {}) =>
      new MuralClient({
        fetch,
        baseUrl,
        muralId: options.muralId,
        getAccessToken: options.getAccessToken,
        clock,
        throttle,
        ...(options.attempts !== undefined ? { attempts: options.attempts } : {}),
        ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
        ...(options.maxRateLimitWaitMs !== undefined ? { maxRateLimitWaitMs: options.maxRateLimitWaitMs } : {}),
        ...run,
      }),
  };
}

/** Whether a board target is a mural (the actions' dispatch; the Miro object has no `platform`). */
export function isMuralBoard(target: unknown): target is MuralBoard {
  return typeof target === 'object' && target !== null && (target as { platform?: unknown }).platform === 'mural';
}
