import type { MuralClock } from './clock';
import { errorBodyOf, MuralApiError, muralErrorFor } from './muralErrors';
import { Throttle } from './throttle';

/** A standard Fetch-API function: the browser's (through the broker), Node's, or the emulated MURAL's. */
export type MuralFetch = (input: string, init: RequestInit) => Promise<Response>;

export type MuralClientOptions = {
  fetch: MuralFetch;
  baseUrl: string;
  muralId: string;
  /** A valid access token; asked again once when MURAL answers 401 TOKEN_EXPIRED. */
  getAccessToken: () => string | Promise<string>;
  clock: MuralClock;
  /** Our own pace (default 20/s: MURAL allows 25/s per user across all the user's apps). */
  maxRequestsPerSecond?: number;
  /** The pace shared by every client of one target (else this client's own): runs one after another must not each start afresh. */
  throttle?: Throttle;
  /** Tries of a read or an update when MURAL fails or does not answer (default 6). */
  attempts?: number;
  /** First back-off (doubles each try, capped at 8 s). Default 250 ms. */
  backoffMs?: number;
  /** Longest total wait for MURAL's rate limits in one request before giving up (default 120 s). */
  maxRateLimitWaitMs?: number;
  signal?: AbortSignal;
  /** Told true while a request waits for MURAL's rate limit, false once it goes on. */
  onRateLimitWait?: (waiting: boolean) => void;
};

export type MuralMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export type MuralRequest = {
  method: MuralMethod;
  /** Path under the mural, e.g. `/widgets/shape` (the client adds `/murals/{muralId}`). */
  path: string;
  /** The route template for messages and counts, e.g. `POST /murals/{muralId}/widgets/shape`. */
  route: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Sent even after the run was aborted (releasing the build lease on the way out). */
  evenIfAborted?: boolean;
};

/** A success answer with MURAL's envelope taken off: `value` and, on lists, the `next` cursor. */
export type MuralAnswer = { status: number; value: unknown; next?: string };

/**
 * A create whose outcome is unknown: MURAL failed (5xx) or the answer never came. It may have taken
 * effect, so the caller reads the mural and takes back what landed instead of repeating it.
 */
export class UncertainWriteError extends MuralApiError {
  constructor(route: string, status: number, detail: string, cause?: unknown) {
    super(`MURAL gave no usable answer to ${route} (${detail}); it may have taken effect.`, status, 'UNCERTAIN_WRITE', route, { cause });
    this.name = 'UncertainWriteError';
  }
}

export type MuralClientStats = { requests: number; rateLimited: number; retries: number; rateLimitWaitMs: number };

const MAX_BACKOFF_MS = 8000;
const MAX_SINGLE_RATE_WAIT_MS = 61_000;

/**
 * MURAL Public API v1 over an injected fetch, one request at a time in the caller's order:
 * paces itself, waits out 429s by the `X-RateLimit-*` reset headers (MURAL sends no Retry-After),
 * retries reads and updates that fail transiently, asks for a fresh token once on 401 TOKEN_EXPIRED,
 * never repeats a create (POST) blindly, and turns final errors into `MuralApiError`s naming the cause.
 */
export class MuralClient {
  readonly stats: MuralClientStats = { requests: 0, rateLimited: 0, retries: 0, rateLimitWaitMs: 0 };
  private readonly throttle: Throttle;
  private token: string | undefined;

  constructor(private readonly options: MuralClientOptions) {
    this.throttle = options.throttle ?? new Throttle(options.maxRequestsPerSecond ?? 20, options.clock);
  }

  get muralId(): string {
    return this.options.muralId;
  }

  get clock(): MuralClock {
    return this.options.clock;
  }

  async request(request: MuralRequest): Promise<MuralAnswer> {
    const { clock } = this.options;
    const signal = request.evenIfAborted ? undefined : this.options.signal;
    const attempts = this.options.attempts ?? 6;
    const idempotent = request.method !== 'POST';
    let refreshed = false;
    let failures = 0;
    let rateWaited = 0;
    for (;;) {
      signal?.throwIfAborted();
      const token = await this.currentToken(request.route, false);
      const waited = await this.throttle.wait();
      if (waited > 0) signal?.throwIfAborted();
      this.stats.requests++;
      let response: Response;
      try {
        response = await this.options.fetch(this.urlOf(request), this.initOf(request, token));
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const detail = error instanceof Error ? error.message : String(error);
        if (!idempotent) throw new UncertainWriteError(request.route, 0, `no answer: ${detail}`, error);
        failures++;
        if (failures >= attempts) {
          throw new MuralApiError(`MURAL did not answer ${request.route} after ${attempts} tries (${detail}). Check the connection and run again.`, 0, 'NO_ANSWER', request.route, { cause: error });
        }
        await this.backoff(failures);
        continue;
      }
      const body = await bodyOf(response);
      if (response.ok) return envelopeOf(response.status, body, request.route);

      const error = errorBodyOf(body);
      if (response.status === 429) {
        const wait = rateLimitWaitMs(response.headers, clock.now()) ?? this.backoffMs(this.stats.rateLimited + 1);
        this.stats.rateLimited++;
        rateWaited += wait;
        if (rateWaited > (this.options.maxRateLimitWaitMs ?? 120_000)) {
          throw new MuralApiError(
            `MURAL kept refusing ${request.route} for its rate limit (25 requests/second per user, 10,000/minute per app) after waiting ${Math.round(rateWaited / 1000)} s: another app may be using this account's budget. Run again later.`,
            429, error.code || 'RATE_LIMITED', request.route,
          );
        }
        this.stats.rateLimitWaitMs += wait;
        this.options.onRateLimitWait?.(true);
        await clock.sleep(wait);
        this.options.onRateLimitWait?.(false);
        continue;
      }
      if (response.status === 401 && error.code === 'TOKEN_EXPIRED' && !refreshed) {
        // An expired token is refused before anything happens, so the request is repeated as is.
        refreshed = true;
        await this.currentToken(request.route, true);
        continue;
      }
      if (response.status >= 500) {
        if (!idempotent) throw new UncertainWriteError(request.route, response.status, `${response.status} ${error.code}`.trim());
        failures++;
        if (failures >= attempts) {
          throw new MuralApiError(
            `MURAL failed ${request.route} ${attempts} times (${response.status} ${error.code}). MURAL may be having trouble: run again later; nothing is lost.`,
            response.status, error.code || `HTTP_${response.status}`, request.route,
          );
        }
        await this.backoff(failures);
        continue;
      }
      if (request.method === 'DELETE' && response.status === 404 && error.code === 'WIDGET_NOT_FOUND') {
        // A repeated delete whose first answer was lost: the widget is gone, as asked.
        return { status: 204, value: undefined };
      }
      throw muralErrorFor(response.status, error, request.route, this.options.muralId);
    }
  }

  private async currentToken(route: string, fresh: boolean): Promise<string> {
    if (this.token !== undefined && !fresh) return this.token;
    try {
      const token = await this.options.getAccessToken();
      if (typeof token !== 'string' || token === '') throw new Error('it returned no token');
      this.token = token;
      return token;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new MuralApiError(
        `${fresh ? 'The MURAL access token expired and a fresh one' : 'A MURAL access token'} could not be obtained (getAccessToken: ${detail}). Sign in to MURAL again.`,
        401, fresh ? 'TOKEN_EXPIRED' : 'NO_TOKEN', route, { cause: error },
      );
    }
  }

  private urlOf(request: MuralRequest): string {
    const base = this.options.baseUrl.replace(/\/+$/, '');
    const query = request.query && Object.keys(request.query).length > 0 ? `?${new URLSearchParams(request.query).toString()}` : '';
    return `${base}/murals/${encodeURIComponent(this.options.muralId)}${request.path}${query}`;
  }

  private initOf(request: MuralRequest, token: string): RequestInit {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (request.body === undefined) return { method: request.method, headers };
    headers['content-type'] = 'application/json';
    return { method: request.method, headers, body: JSON.stringify(request.body) };
  }

  private backoffMs(failures: number): number {
    return Math.min(MAX_BACKOFF_MS, (this.options.backoffMs ?? 250) * 2 ** (failures - 1));
  }

  private async backoff(failures: number): Promise<void> {
    this.stats.retries++;
    await this.options.clock.sleep(this.backoffMs(failures));
  }
}

async function bodyOf(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { code: '', message: text.slice(0, 200) };
  }
}

/**
 * MURAL's `{ value, next? }` envelope, plus the two variants a live client reported (`value.widgets`
 * holding the list, the cursor at `value.next` / `value.nextToken`); anything else fails loudly.
 */
export function envelopeOf(status: number, body: unknown, route: string): MuralAnswer {
  if (body === undefined) return { status, value: undefined };
  if (typeof body !== 'object' || body === null || !('value' in body)) {
    throw new MuralApiError(`MURAL answered ${route} without its { value } envelope: ${JSON.stringify(body).slice(0, 200)}`, status, 'ENVELOPE', route);
  }
  const record = body as { value: unknown; next?: unknown };
  let value = record.value;
  let next = typeof record.next === 'string' ? record.next : undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray((value as { widgets?: unknown }).widgets)) {
    const inner = value as { widgets: unknown[]; next?: unknown; nextToken?: unknown };
    next ??= typeof inner.next === 'string' ? inner.next : typeof inner.nextToken === 'string' ? inner.nextToken : undefined;
    value = inner.widgets;
  }
  return next === undefined ? { status, value } : { status, value, next };
}

/**
 * How long to wait after a 429, from the six `X-RateLimit-*` headers: until the reset (epoch
 * seconds) of whichever budget is spent, user or app. Undefined when the headers say nothing usable.
 */
export function rateLimitWaitMs(headers: Headers, now: number): number | undefined {
  const resets: number[] = [];
  for (const [remaining, reset] of [['x-ratelimit-remaining', 'x-ratelimit-reset'], ['x-ratelimit-app-remaining', 'x-ratelimit-app-reset']] as const) {
    const left = Number(headers.get(remaining));
    const at = Number(headers.get(reset));
    if (headers.get(reset) !== null && Number.isFinite(at) && (headers.get(remaining) === null || left <= 0)) resets.push(at * 1000);
  }
  if (resets.length === 0) return undefined;
  const wait = Math.max(...resets) - now;
  return Math.min(MAX_SINGLE_RATE_WAIT_MS, Math.max(50, Math.ceil(wait)));
}
