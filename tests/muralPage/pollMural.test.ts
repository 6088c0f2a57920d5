import { describe, expect, test } from 'vitest';
import { MIN_POLL_MS, pollMural } from '../../src/muralPage/pollMural';

/**
 * The poller on a virtual clock: a mural of `pages` pages of widgets (one request each), a dot moved at
 * `changeAt`, a recount costing `recountRequests`, the page hidden from `hiddenFrom` to `hiddenUntil`.
 */
async function simulate(options: { pages: number; recountRequests: number; changes: number[]; hiddenFrom?: number; hiddenUntil?: number; endAt: number }) {
  let time = 0;
  let requests = 0;
  const reads: number[] = [];
  const recounts: number[] = [];
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const hidden = () => options.hiddenFrom !== undefined && time >= options.hiddenFrom && time < options.hiddenUntil!;
  const stop = pollMural({
    read: async () => {
      reads.push(time);
      if (hidden()) throw new Error('read while hidden');
      requests += options.pages;
      time += 50 * options.pages;
      return String(options.changes.filter((at) => at <= time).length);
    },
    requestsMade: () => requests,
    onChange: () => {
      recounts.push(time);
      requests += options.recountRequests; // the recount's reads and chart writes, on the same budget
    },
    now: () => time,
    sleep: async (ms) => {
      time += ms;
      if (time >= options.endAt) {
        stop();
        finish();
      }
    },
    isVisible: () => !hidden(),
    whenVisible: async () => {
      time = options.hiddenUntil!;
    },
  });
  await finished;
  return { reads, recounts, requests, elapsed: time };
}

describe('live recount on MURAL by polling', () => {
  // 2.5 requests per second: a tenth of MURAL's 25/s per user (issue 12).
  test('a changed dot is recounted within 5 s, and polling plus recounts stay within 2.5 requests per second', async () => {
    const run = await simulate({ pages: 3, recountRequests: 3 + 4, changes: [10_000, 10_500, 31_000, 47_200], endAt: 120_000 });
    expect(run.recounts.length).toBeGreaterThanOrEqual(3);
    for (const change of [10_500, 31_000, 47_200]) {
      const seen = run.recounts.find((at) => at >= change);
      expect(seen, `change at ${change}`).toBeDefined();
      expect(seen! - change, `change at ${change}`).toBeLessThanOrEqual(5000);
    }
    expect(run.requests / (run.elapsed / 1000)).toBeLessThanOrEqual(2.5);
    // Never two reads closer than the floor.
    for (let i = 1; i < run.reads.length; i++) expect(run.reads[i]! - run.reads[i - 1]!).toBeGreaterThanOrEqual(MIN_POLL_MS);
  });

  test('a large mural is read less often, never above the budget', async () => {
    const run = await simulate({ pages: 12, recountRequests: 12 + 4, changes: [5000, 20_000, 40_000], endAt: 200_000 });
    expect(run.requests / (run.elapsed / 1000)).toBeLessThanOrEqual(2.5);
    expect(run.recounts.length).toBe(3);
  });

  test('no request while the page is hidden; what changed meanwhile is recounted once it is visible again', async () => {
    const run = await simulate({ pages: 2, recountRequests: 6, changes: [40_000], hiddenFrom: 20_000, hiddenUntil: 60_000, endAt: 80_000 });
    expect(run.reads.filter((at) => at >= 20_000 && at < 60_000)).toEqual([]);
    expect(run.recounts).toHaveLength(1);
    expect(run.recounts[0]! - 60_000).toBeLessThanOrEqual(5000);
  });

  test('a burst the facilitator made (the first chart) delays the polling by at most 4 s more', async () => {
    let time = 0;
    let requests = 0;
    const reads: number[] = [];
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const stop = pollMural({
      read: async () => {
        reads.push(time);
        requests += 3;
        return 'same';
      },
      requestsMade: () => requests,
      onChange: () => undefined,
      now: () => time,
      sleep: async (ms) => {
        time += ms;
        if (time === 2400) requests += 60; // the first Tally draws its chart meanwhile
        if (time >= 30_000) {
          stop();
          finish();
        }
      },
      isVisible: () => true,
      whenVisible: async () => undefined,
    });
    await finished;
    const gaps = reads.slice(1).map((at, i) => at - reads[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2000 + 4000 + 1200 + 400);
  });

  test('nothing changed: no recount', async () => {
    const run = await simulate({ pages: 1, recountRequests: 5, changes: [], endAt: 30_000 });
    expect(run.recounts).toEqual([]);
    expect(run.reads.length).toBeGreaterThan(5);
  });
});
