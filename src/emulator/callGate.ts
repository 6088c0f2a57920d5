import { CallStats, CreditWindow, HOUR_MS, MINUTE_MS } from './creditLedger';
import type { EmulatorOptions, EmulatorStats } from './types';

/** Runs one SDK call through the gate: counts it, charges credits, may fail it, delays the answer. */
export type SdkCall = <T>(path: string, effect: () => T) => Promise<T>;

export type CallGate = {
  call: SdkCall;
  stats(): EmulatorStats;
  resetStats(): void;
};

export const DEFAULT_CREDITS_PER_MINUTE = 100_000;
export const CREDITS_PER_CALL = 50;

/**
 * Level 3 (500 credits) per developers.miro.com/docs/websdk-reference-rate-limiting; `board.get`
 * is not listed there, so it is budgeted like `experimental.get` (design §3).
 */
const EXPENSIVE_PATHS = new Set(['board.get', 'experimental.get', 'item.getConnectors']);

export function creditsFor(path: string): number {
  return EXPENSIVE_PATHS.has(path) ? 500 : CREDITS_PER_CALL;
}

export class RateLimitError extends Error {
  constructor(path: string) {
    super(`${path}: rate limit exceeded (Web SDK credits per minute used up); wait for credits to return`);
    this.name = 'RateLimitError';
  }
}

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
 * The effect runs when the call is made (the host processed it), and the answer arrives after
 * `latencyMs`. So a slow answer can come back after the board already changed — as on a network.
 * Rate limiting and fault injection are decided before the effect, so a rejected call changes nothing.
 */
export function createCallGate(options: EmulatorOptions): CallGate {
  const now = options.now ?? (() => Date.now());
  const latencyMs = options.latencyMs ?? 0;
  const failureRate = options.failureRate ?? 0;
  const random = mulberry32(options.seed ?? 1);
  const perMinute = options.creditsPerMinute ?? DEFAULT_CREDITS_PER_MINUTE;
  // Miro also caps 1,000,000 credits per hour: ten minutes' worth, kept in proportion when tests change the minute limit.
  const windows = [new CreditWindow(perMinute, MINUTE_MS, now), new CreditWindow(perMinute * 10, HOUR_MS, now)];
  const stats = new CallStats();

  const answer = <T>(outcome: { ok: true; value: T } | { ok: false; error: unknown }): Promise<T> => {
    const settle = (resolve: (value: T) => void, reject: (error: unknown) => void) =>
      outcome.ok ? resolve(outcome.value) : reject(outcome.error);
    if (latencyMs > 0) return new Promise<T>((resolve, reject) => setTimeout(() => settle(resolve, reject), latencyMs));
    return new Promise<T>(settle);
  };

  const call: SdkCall = (path, effect) => {
    stats.called(path);
    const cost = creditsFor(path);
    if (!windows.every((window) => window.fits(cost))) {
      stats.rateLimited(path);
      return answer({ ok: false, error: new RateLimitError(path) });
    }
    for (const window of windows) window.spend(cost);
    stats.charged(path, cost);
    // One draw per admitted call, whatever the rate, so a seed gives the same sequence at any rate.
    if (random() < failureRate) {
      stats.failed(path);
      return answer({ ok: false, error: new EmulatedTransientError(path) });
    }
    try {
      return answer({ ok: true, value: effect() });
    } catch (error) {
      return answer({ ok: false, error });
    }
  };

  return { call, stats: () => stats.snapshot(), resetStats: () => stats.reset() };
}
