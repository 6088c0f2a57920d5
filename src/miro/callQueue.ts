import { realClock, type Clock } from './clock';

/** Miro's documented budget: 100,000 credits per rolling minute. Most calls cost 50, `board.get` 500. */
export const MIRO_CREDITS_PER_MINUTE = 100_000;
const MINUTE_MS = 60_000;

export type CallQueueOptions = {
  /** Calls in flight at once. Miro states no limit; 12 stays far inside the credit budget. */
  concurrency?: number;
  creditsPerMinute?: number;
  /** Attempts per call for failures other than rate limiting. */
  maxAttempts?: number;
  clock?: Clock;
  signal?: AbortSignal;
  /** Told when the queue starts and stops waiting for credits. */
  onWaitingForCredits?: (waiting: boolean) => void;
  /** Told Miro's lock message while a call waits for someone to stop editing an item, then null. */
  onWaitingForEdit?: (message: string | null) => void;
};

/** How long one call waits for someone to finish editing the item it changes before the action gives up. */
export const LOCK_WAIT_MS = 30_000;
const LOCK_POLL_MS = 1_000;

/** The action gave up waiting for an item someone was editing: nothing was lost, the next run completes it. */
export class ItemLockedError extends Error {
  constructor(readonly miroMessage: string) {
    super(`Someone was editing an item on the board for over ${LOCK_WAIT_MS / 1000} s (Miro: "${miroMessage}"). Nothing was lost: run it again once they are done.`);
    this.name = 'ItemLockedError';
  }
}

/** Miro's lock messages ("item … is locked by another client", "Cannot attach a locked item …", "… locking …"), on any thrown value. */
export function lockMessage(error: unknown): string | undefined {
  const message = typeof error === 'string' ? error : String((error as { message?: unknown } | null)?.message ?? '');
  return /\block(ed|ing)\b/i.test(message) ? message : undefined;
}

export class AbortedError extends Error {
  constructor() {
    super('Cancelled: run it again to complete what is missing');
    this.name = 'AbortError';
  }
}

/**
 * Miro rejects over-budget calls with "The API rate limit was exceeded. Requests can use up to …
 * credits in total per minute" (or "per hour"); the rejected value's shape is undocumented, so the
 * message is matched on whatever was thrown: an Error, a plain object or a string.
 */
export function isRateLimitError(error: unknown): boolean {
  const text =
    typeof error === 'string'
      ? error
      : error !== null && typeof error === 'object'
        ? `${String((error as { name?: unknown }).name ?? '')} ${String((error as { message?: unknown }).message ?? '')}`
        : '';
  return /rate.?limit/i.test(text);
}

/** Whole-window waits one call may spend on rate-limit rejections before its action gives up (an hour's cap included). */
const MAX_RATE_LIMIT_WAITS = 62;

/**
 * Runs SDK calls with bounded concurrency, inside the per-minute credit budget, retrying failures.
 * A failed call is retried as is: callers whose call may have taken effect without an answer
 * (creates) reconcile with the board on the next run — see applyPlan.
 */
export type CallQueue = {
  /** `maxAttempts` overrides the queue's for this call (1: never repeated, e.g. a create). */
  run<T>(credits: number, call: () => Promise<T>, options?: { maxAttempts?: number }): Promise<T>;
  readonly stats: { calls: number; credits: number; retries: number; creditWaits: number };
};

export function createCallQueue(options: CallQueueOptions = {}): CallQueue {
  const concurrency = options.concurrency ?? 12;
  const budget = options.creditsPerMinute ?? MIRO_CREDITS_PER_MINUTE;
  const maxAttempts = options.maxAttempts ?? 8;
  const clock = options.clock ?? realClock;
  const spent: Array<{ at: number; credits: number }> = [];
  const stats = { calls: 0, credits: 0, retries: 0, creditWaits: 0 };
  const waiting: Array<() => void> = [];
  let active = 0;
  let waitingForCredits = false;

  const throwIfAborted = () => {
    if (options.signal?.aborted) throw new AbortedError();
  };

  const setWaiting = (value: boolean) => {
    if (waitingForCredits === value) return;
    waitingForCredits = value;
    options.onWaitingForCredits?.(value);
  };

  const creditsInWindow = (now: number) => {
    while (spent.length > 0 && spent[0]!.at <= now - MINUTE_MS) spent.shift();
    return spent.reduce((sum, entry) => sum + entry.credits, 0);
  };

  /** Waits until `credits` more fit in the rolling minute, then books them. */
  const reserve = async (credits: number) => {
    for (;;) {
      throwIfAborted();
      const now = clock.now();
      if (creditsInWindow(now) + credits <= budget) {
        spent.push({ at: now, credits });
        setWaiting(false);
        return;
      }
      setWaiting(true);
      stats.creditWaits++;
      await clock.sleep(Math.max(1, spent[0]!.at + MINUTE_MS - now));
    }
  };

  const acquireSlot = async () => {
    if (active < concurrency) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };

  const releaseSlot = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  const attempt = async <T>(credits: number, call: () => Promise<T>, attempts: number): Promise<T> => {
    for (let failures = 0, rateLimited = 0, lockedSince: number | undefined; ; ) {
      await reserve(credits);
      stats.calls++;
      stats.credits += credits;
      try {
        const value = await call();
        if (lockedSince !== undefined) options.onWaitingForEdit?.(null);
        return value;
      } catch (error) {
        const locked = lockMessage(error);
        if (locked !== undefined) {
          // Someone is typing in the item: the call had no effect. Wait for them, within a bound.
          lockedSince ??= clock.now();
          if (clock.now() - lockedSince >= LOCK_WAIT_MS) {
            options.onWaitingForEdit?.(null);
            throw new ItemLockedError(locked);
          }
          options.onWaitingForEdit?.(locked);
          await clock.sleep(LOCK_POLL_MS);
          throwIfAborted();
          continue;
        }
        if (isRateLimitError(error)) {
          if (++rateLimited > MAX_RATE_LIMIT_WAITS) throw error;
          // Our own count and Miro's disagree (other apps, other panels): wait a whole window.
          setWaiting(true);
          stats.creditWaits++;
          spent.push({ at: clock.now(), credits: budget });
          continue;
        }
        failures++;
        if (failures >= attempts) throw error;
        stats.retries++;
        await clock.sleep(Math.min(2_000, 25 * 2 ** failures));
        throwIfAborted();
      }
    }
  };

  return {
    stats,
    async run(credits, call, runOptions) {
      throwIfAborted();
      await acquireSlot();
      try {
        return await attempt(credits, call, runOptions?.maxAttempts ?? maxAttempts);
      } finally {
        releaseSlot();
      }
    },
  };
}
