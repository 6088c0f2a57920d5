import type { Miro } from '@mirohq/websdk-types';

const ITEM_EVENTS = ['items:create', 'items:delete', 'experimental:items:update'] as const;

export type Timers = {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type LiveRecountPolicy = {
  /** Quiet time after the last item event before recounting (default 400 ms). */
  quietMs?: number;
  /**
   * Recount at least this often even without events (default 5 s): Miro sends no event for a text
   * edit, a copy-paste or a duplicate, so a duplicated dot shows within this time.
   */
  pollMs?: number;
  /**
   * Never two recounts closer than this (default 4 s). A recount costs 550 credits unchanged and
   * about 800 after a dot moved, so even a board that changes all the time costs at most
   * 900 × 800 = 720,000 credits an hour, inside Miro's 1,000,000 (`npm run bench` measures it).
   */
  minIntervalMs?: number;
  timers?: Timers;
};

/**
 * Calls `onSettled` once the board has been quiet for `quietMs` after items were created, deleted
 * or moved (by anyone), and every `pollMs` otherwise, never more often than `minIntervalMs`. Owned
 * by the open panel: the returned function unsubscribes. Events are only a "something changed"
 * signal; the caller re-reads the board.
 */
export function subscribeToBoardChanges(miro: Miro, onSettled: () => void, policy: LiveRecountPolicy = {}): () => void {
  const { quietMs = 400, pollMs = 5_000, minIntervalMs = 4_000, timers = realTimers } = policy;
  // The first event-driven recount may come at once: the caller counted when it subscribed.
  let lastRun = timers.now() - minIntervalMs;
  let pending: unknown;
  let stopped = false;

  const fire = () => {
    pending = undefined;
    if (stopped) return;
    lastRun = timers.now();
    onSettled();
    pending = timers.setTimeout(fire, pollMs);
  };
  const schedule = (delay: number) => {
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = timers.setTimeout(fire, Math.max(delay, lastRun + minIntervalMs - timers.now()));
  };
  const changed = () => schedule(quietMs);

  pending = timers.setTimeout(fire, pollMs);
  for (const event of ITEM_EVENTS) void miro.board.ui.on(event, changed);
  return () => {
    stopped = true;
    if (pending !== undefined) timers.clearTimeout(pending);
    for (const event of ITEM_EVENTS) void miro.board.ui.off(event, changed);
  };
}
