import { CallStats, CreditWindow, HOUR_MS, MINUTE_MS } from './creditLedger';
import type { EmulatorOptions, EmulatorStats } from './types';

/** Runs one SDK call through the gate: counts it, charges credits, may fail it, delays the answer. */
export type SdkCall = <T>(path: string, effect: () => T) => Promise<T>;

export type CallGate = {
  /** Calls of the first panel (latency `options.latencyMs`). */
  call: SdkCall;
  /** Calls of another client on the same board: same credits, faults and stats, its own latency. */
  callWithLatency(latencyMs: number): SdkCall;
  stats(): EmulatorStats;
  resetStats(): void;
};

export const DEFAULT_CREDITS_PER_MINUTE = 100_000;
export const CREDITS_PER_CALL = 50;

/**
 * 500 credits per developers.miro.com/docs/websdk-reference-rate-limiting: `board.get`,
 * `board.getSelection`, `frame.getChildren` (and `experimental.get`, `item.getConnectors`).
 */
const EXPENSIVE_PATHS = new Set(['board.get', 'board.getSelection', 'experimental.get', 'frame.getChildren', 'item.getConnectors']);

export function creditsFor(path: string): number {
  return EXPENSIVE_PATHS.has(path) ? 500 : CREDITS_PER_CALL;
}

/**
 * Miro's wording (websdk-reference-error-handling). The shape of the rejection is undocumented, so
 * the emulator rejects with a plain object, not an `Error`: an app must match the message on any value.
 */
export function rateLimitRejection(window: 'minute' | 'hour', limit: number): { message: string } {
  return { message: `The API rate limit was exceeded. Requests can use up to ${limit} credits in total per ${window}` };
}

/** An injected fault and a lost answer read the same: the app cannot tell whether the call took effect. */
export class EmulatedTransientError extends Error {
  constructor(path: string) {
    super(`${path}: emulated transient failure`);
    this.name = 'EmulatedTransientError';
  }
}

/** mulberry32: tiny, fast, and the same sequence for the same seed on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A call reaches the board after half its client's latency: the effect happens then, and the answer
 * arrives after the whole latency. So a slow client's writes land late, and its reads see the board
 * as it was half a round trip after it asked — as on a network. With latency 0 the effect happens
 * at once and the answer on a microtask. Rate limiting and injected faults are decided when the call
 * reaches the board, and a rejected call changes nothing; a lost answer (`lostAnswerRate`) comes after
 * the effect took place.
 */
export function createCallGate(options: EmulatorOptions): CallGate {
  const now = options.now ?? (() => Date.now());
  const failureRate = options.failureRate ?? 0;
  const lostAnswerRate = options.lostAnswerRate ?? 0;
  const random = mulberry32(options.seed ?? 1);
  const perMinute = options.creditsPerMinute ?? DEFAULT_CREDITS_PER_MINUTE;
  // Miro also caps 1,000,000 credits per hour: ten minutes' worth, kept in proportion when tests change the minute limit.
  const minute = new CreditWindow(perMinute, MINUTE_MS, now);
  const hour = new CreditWindow(perMinute * 10, HOUR_MS, now);
  const stats = new CallStats();

  const after = (ms: number, then: () => void) => (ms > 0 ? setTimeout(then, ms) : queueMicrotask(then));

  /** What the board does with a call once it arrives: refuse it, fail it, or run it (and maybe lose the answer). */
  const arrive = <T>(path: string, effect: () => T): { ok: true; value: T } | { ok: false; error: unknown } => {
    const cost = creditsFor(path);
    if (!minute.fits(cost) || !hour.fits(cost)) {
      stats.rateLimited(path);
      return { ok: false, error: minute.fits(cost) ? rateLimitRejection('hour', perMinute * 10) : rateLimitRejection('minute', perMinute) };
    }
    minute.spend(cost);
    hour.spend(cost);
    stats.charged(path, cost);
    // One draw per admitted call, whatever the rate, so a seed gives the same sequence at any rate.
    if (random() < failureRate) {
      stats.failed(path);
      return { ok: false, error: new EmulatedTransientError(path) };
    }
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: effect() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    // A second draw only when answers can be lost, so seeds without it keep their fault sequence.
    if (lostAnswerRate > 0 && random() < lostAnswerRate) {
      stats.lostAnswer(path);
      return { ok: false, error: new EmulatedTransientError(path) };
    }
    return outcome;
  };

  const callWithLatency = (latencyMs: number): SdkCall => (path, effect) => {
    stats.called(path);
    return new Promise((resolve, reject) => {
      const settle = (outcome: ReturnType<typeof arrive>) => after(latencyMs - latencyMs / 2, () => (outcome.ok ? resolve(outcome.value as never) : reject(outcome.error)));
      if (latencyMs > 0) after(latencyMs / 2, () => settle(arrive(path, effect)));
      else settle(arrive(path, effect));
    });
  };

  return {
    call: callWithLatency(options.latencyMs ?? 0),
    callWithLatency,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
  };
}
