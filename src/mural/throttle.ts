import type { MuralClock } from './clock';

/**
 * Our own pace: at most `perSecond` requests in any rolling 1000 ms, so the adapter stays under
 * MURAL's 25 requests/second per user (shared with the facilitator's other apps) before MURAL has
 * to refuse anything. `wait()` resolves when one more request fits and counts it.
 */
export class Throttle {
  private readonly sent: number[] = [];

  constructor(
    private readonly perSecond: number,
    private readonly clock: MuralClock,
  ) {}

  /** Milliseconds waited (0 when the request fits at once). */
  async wait(): Promise<number> {
    let waited = 0;
    for (;;) {
      const now = this.clock.now();
      while (this.sent.length > 0 && (this.sent[0] as number) <= now - 1000) this.sent.shift();
      if (this.sent.length < this.perSecond) {
        this.sent.push(now);
        return waited;
      }
      const ms = Math.max(1, (this.sent[0] as number) + 1000 - now);
      waited += ms;
      await this.clock.sleep(ms);
    }
  }
}
