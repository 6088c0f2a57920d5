/**
 * MURAL's two limits, on rolling windows of the injectable clock (strict: no burst across a
 * second boundary): `userPerSecond` requests per user over all apps in any 1000 ms, and
 * `appPerMinute` per app in any 60,000 ms. A request over either is refused (429) and not counted.
 * Every API answer carries the six headers; `*-Reset` is the epoch second by which one more
 * request fits again (rounded up). No `Retry-After`.
 */
class Window {
  private readonly times: number[] = [];
  private head = 0;

  constructor(
    readonly limit: number,
    private readonly spanMs: number,
  ) {}

  private prune(now: number): void {
    while (this.head < this.times.length && (this.times[this.head] as number) <= now - this.spanMs) this.head++;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.head = 0;
    }
  }

  used(now: number): number {
    this.prune(now);
    return this.times.length - this.head;
  }

  add(now: number): void {
    this.times.push(now);
  }

  /** Epoch seconds at which the oldest counted request leaves the window (now + span when empty). */
  resetSeconds(now: number): number {
    this.prune(now);
    const oldest = this.times[this.head] ?? now;
    return Math.ceil((oldest + this.spanMs) / 1000);
  }
}

export type RateDecision = { allowed: boolean; headers: Record<string, string> };

export class RateLimiter {
  private readonly users = new Map<string, Window>();
  private readonly apps = new Map<string, Window>();

  constructor(
    private readonly userPerSecond: number,
    private readonly appPerMinute: number,
  ) {}

  check(userId: string, appId: string, now: number): RateDecision {
    const user = this.window(this.users, userId, this.userPerSecond, 1000);
    const app = this.window(this.apps, appId, this.appPerMinute, 60_000);
    const allowed = user.used(now) < user.limit && app.used(now) < app.limit;
    if (allowed) {
      user.add(now);
      app.add(now);
    }
    return {
      allowed,
      headers: {
        'X-RateLimit-Limit': String(user.limit),
        'X-RateLimit-Remaining': String(Math.max(0, user.limit - user.used(now))),
        'X-RateLimit-Reset': String(user.resetSeconds(now)),
        'X-RateLimit-App-Limit': String(app.limit),
        'X-RateLimit-App-Remaining': String(Math.max(0, app.limit - app.used(now))),
        'X-RateLimit-App-Reset': String(app.resetSeconds(now)),
      },
    };
  }

  private window(map: Map<string, Window>, key: string, limit: number, spanMs: number): Window {
    let window = map.get(key);
    if (!window) {
      window = new Window(limit, spanMs);
      map.set(key, window);
    }
    return window;
  }
}
