import type { EmulatorStats, MethodStats } from './types';

/** Miro's Web SDK windows: credits spent at time t come back at t + 60 s (and t + 1 h for the hourly cap). */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/**
 * Credits spent in one rolling window, on an injectable clock. Entries are kept in time order so
 * expiring old ones is amortised O(1) per call.
 */
export class CreditWindow {
  private readonly spends: Array<{ at: number; credits: number }> = [];
  private oldest = 0;
  private inWindow = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  fits(credits: number): boolean {
    this.expire(this.now());
    return this.inWindow + credits <= this.limit;
  }

  spend(credits: number): void {
    this.spends.push({ at: this.now(), credits });
    this.inWindow += credits;
  }

  private expire(at: number): void {
    while (this.oldest < this.spends.length) {
      const spend = this.spends[this.oldest];
      if (!spend || spend.at > at - this.windowMs) break;
      this.inWindow -= spend.credits;
      this.oldest++;
    }
    if (this.oldest > 1024 && this.oldest * 2 > this.spends.length) {
      this.spends.splice(0, this.oldest);
      this.oldest = 0;
    }
  }
}

/** Call counters per SDK path, for `stats()`. */
export class CallStats {
  private byMethod: Record<string, MethodStats> = {};

  private entry(path: string): MethodStats {
    let entry = this.byMethod[path];
    if (!entry) {
      entry = { calls: 0, credits: 0, failures: 0, rateLimited: 0 };
      this.byMethod[path] = entry;
    }
    return entry;
  }

  called(path: string): void {
    this.entry(path).calls++;
  }

  charged(path: string, credits: number): void {
    this.entry(path).credits += credits;
  }

  failed(path: string): void {
    this.entry(path).failures++;
  }

  /** A call that took effect but whose answer was lost: the app sees a failure, so it counts as one. */
  lostAnswer(path: string): void {
    this.entry(path).failures++;
  }

  rateLimited(path: string): void {
    this.entry(path).rateLimited++;
  }

  snapshot(): EmulatorStats {
    const byMethod: Record<string, MethodStats> = {};
    const total: MethodStats = { calls: 0, credits: 0, failures: 0, rateLimited: 0 };
    for (const [path, entry] of Object.entries(this.byMethod)) {
      byMethod[path] = { ...entry };
      total.calls += entry.calls;
      total.credits += entry.credits;
      total.failures += entry.failures;
      total.rateLimited += entry.rateLimited;
    }
    return { ...total, byMethod };
  }

  reset(): void {
    this.byMethod = {};
  }
}
