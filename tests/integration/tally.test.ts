import { beforeEach, describe, expect, test, vi } from 'vitest';
import { buildAccelerateBoard, createEmulatedMiro, tallyKeyMetrics } from '../../src/index';
import type { EmulatedMiro } from '../../src/emulator/types';
import { bucketKey } from '../../src/core/workshop/keys';
import type { BucketIndex, HorizonId, MetricId } from '../../src/core/workshop/metrics';
import { readSnapshot } from '../../src/miro/readSnapshot';
import { subscribeToBoardChanges } from '../../src/miro/subscribeToBoardChanges';
import { TALLY_KEY_PREFIX } from '../../src/core/tally/tallyChart';

type Rect = { id: string; x: number; y: number; width: number; height: number };

let emulated: EmulatedMiro;
let frames: Awaited<ReturnType<typeof buildAccelerateBoard>>['frames'];

async function bucket(metric: MetricId, horizon: HorizonId, index: BucketIndex): Promise<Rect> {
  const snapshot = await readSnapshot(emulated.miro);
  const id = snapshot.ledger!.items[bucketKey(metric, horizon, index)]!;
  return snapshot.items.find((item) => item.id === id)!;
}

const countOf = (tally: Awaited<ReturnType<typeof tallyKeyMetrics>>, metric: MetricId, horizon: HorizonId) =>
  tally.metrics.find((m) => m.id === metric)!.horizons.find((h) => h.id === horizon)!.buckets.map((b) => b.count);

const dot = (x: number, y: number, parentId?: string) =>
  emulated.participant.addShape({ shape: 'circle', x, y, width: 40, height: 40, fillColor: '#2d9bf0', parentId });

beforeEach(async () => {
  emulated = createEmulatedMiro();
  ({ frames } = await buildAccelerateBoard(emulated.miro));
});

describe('Tally', () => {
  test('an untouched board has no votes and no unplaced dots (palette dots are not votes)', async () => {
    const tally = await tallyKeyMetrics(emulated.miro);
    expect(tally.metrics.map((m) => m.id)).toEqual(['leadTime', 'deployFrequency', 'timeToRestore', 'changeFailRate']);
    for (const metric of tally.metrics) for (const scale of metric.horizons) expect(scale.total).toBe(0);
    expect(tally.unplacedDots).toBe(0);
    expect(tally.missingBuckets).toEqual([]);
  });

  test('counts circles, stamps, stickers and emoji, as frame children and as top-level items', async () => {
    const b2 = await bucket('leadTime', 'today', 2);
    const b5 = await bucket('leadTime', 'today', 5);
    dot(b2.x - 30, b2.y); // top level
    dot(b2.x + 30, b2.y, frames.keyMetrics); // frame child
    emulated.participant.addUnsupported({ type: 'stamp', x: b2.x, y: b2.y + 30, width: 48, height: 48 });
    emulated.participant.addUnsupported({ type: 'sticker', x: b5.x, y: b5.y, width: 80, height: 80, parentId: frames.keyMetrics });
    emulated.participant.addUnsupported({ type: 'emoji', x: b5.x + 20, y: b5.y, width: 30, height: 30 });
    emulated.participant.addUnsupported({ type: 'curve', x: b5.x, y: b5.y, width: 60, height: 10 }); // a pen stroke is not a dot

    const tally = await tallyKeyMetrics(emulated.miro);

    expect(countOf(tally, 'leadTime', 'today')).toEqual([0, 3, 0, 0, 2, 0]);
    expect(countOf(tally, 'leadTime', 'nextYear')).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test('a dot belongs to the bucket holding its centre; on the shared edge of two buckets it counts once', async () => {
    const b3 = await bucket('deployFrequency', 'nextYear', 3);
    const b4 = await bucket('deployFrequency', 'nextYear', 4);
    const leftEdge = b3.x - b3.width / 2;
    dot(leftEdge, b3.y); // centre on b3's left edge: inside (half-open)
    dot(leftEdge - 1, b3.y); // centre just outside, dot body overlapping b3
    dot(b4.x + b4.width / 2, b4.y); // centre on b4's right edge: outside b4

    const tally = await tallyKeyMetrics(emulated.miro);
    const counts = countOf(tally, 'deployFrequency', 'nextYear');
    expect(counts[2]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(tally.unplacedDots).toBe(2);
  });

  test('today and a year from now are kept apart; outliers, median and score follow', async () => {
    const today1 = await bucket('timeToRestore', 'today', 1);
    const today4 = await bucket('timeToRestore', 'today', 4);
    const next6 = await bucket('timeToRestore', 'nextYear', 6);
    for (const dx of [-40, 0, 40]) dot(today4.x + dx, today4.y);
    dot(today1.x, today1.y);
    dot(next6.x, next6.y);

    const tally = await tallyKeyMetrics(emulated.miro);
    const metric = tally.metrics.find((m) => m.id === 'timeToRestore')!;
    const [today, nextYear] = metric.horizons;
    expect(countOf(tally, 'timeToRestore', 'today')).toEqual([1, 0, 0, 3, 0, 0]);
    expect(countOf(tally, 'timeToRestore', 'nextYear')).toEqual([0, 0, 0, 0, 0, 1]);
    expect(today!.median).toEqual({ index: 4, label: 'One day to one week' });
    expect(today!.outliers).toEqual([{ index: 1, label: 'More than six months', count: 1 }]);
    expect(today!.score).toBe(6);
    expect(nextYear!.score).toBe(10);
    expect(metric.shift).toEqual({ buckets: 2, score: 4 });
  });

  test('follows a moved frame and a moved bucket', async () => {
    const b1 = await bucket('changeFailRate', 'today', 1);
    const frame = emulated.items().find((item) => item.id === frames.keyMetrics)!;
    emulated.participant.move(frame.id, frame.boardX + 10_000, frame.boardY);
    dot(b1.x + 10_000, b1.y);
    let tally = await tallyKeyMetrics(emulated.miro);
    expect(countOf(tally, 'changeFailRate', 'today')[0]).toBe(1);

    const b6 = await bucket('changeFailRate', 'today', 6);
    emulated.participant.move(b6.id, b6.x, b6.y + 2_000);
    dot(b6.x, b6.y + 2_000);
    tally = await tallyKeyMetrics(emulated.miro);
    expect(countOf(tally, 'changeFailRate', 'today')).toEqual([1, 0, 0, 0, 0, 1]);
  });

  test('a deleted bucket is reported, not fatal, and its dots count as unplaced', async () => {
    const b2 = await bucket('leadTime', 'nextYear', 2);
    dot(b2.x, b2.y);
    emulated.participant.remove(b2.id);
    const tally = await tallyKeyMetrics(emulated.miro);
    expect(tally.missingBuckets).toEqual(['Lead time for changes · A year from now · One to six months']);
    const scale = tally.metrics[0]!.horizons[1]!;
    expect(scale.buckets[1]).toMatchObject({ count: 0, missing: true });
    expect(tally.unplacedDots).toBe(1);
  });

  test('draws the chart beside the scales once; an unchanged re-tally writes nothing, a new dot updates in place', async () => {
    const b3 = await bucket('leadTime', 'today', 3);
    dot(b3.x, b3.y);
    const first = await tallyKeyMetrics(emulated.miro);
    expect(first.board.created).toBeGreaterThan(0);
    const chartItems = () => emulated.items().filter((item) => item.parentId === frames.keyMetrics).length;
    const before = chartItems();

    emulated.resetStats();
    const again = await tallyKeyMetrics(emulated.miro);
    expect(again.board).toEqual({ created: 0, updated: 0, removed: 0 });
    const writes = Object.keys(emulated.stats().byMethod).filter((method) => !/get$|\.get\b|getInfo/.test(method));
    expect(writes).toEqual([]);
    expect(emulated.stats().calls).toBe(2);

    dot(b3.x + 40, b3.y);
    const third = await tallyKeyMetrics(emulated.miro);
    expect(third.board.created).toBe(0);
    expect(third.board.updated).toBeGreaterThan(0);
    expect(chartItems()).toBe(before);
    const snapshot = await readSnapshot(emulated.miro);
    const countLabel = snapshot.items.find((item) => item.id === snapshot.ledger!.items[`${TALLY_KEY_PREFIX}leadTime/today/count/3`])!;
    expect(countLabel.text).toBe('2');
  });

  test('a chart drawn by a tally whose ledger write was lost is taken back, not drawn twice', async () => {
    const b2 = await bucket('deployFrequency', 'today', 2);
    dot(b2.x, b2.y);
    const collection = emulated.miro.board.storage.collection('accelerate-board');
    const beforeTally = await collection.get('ledger');
    await tallyKeyMetrics(emulated.miro);
    const inFrame = () => emulated.items().filter((item) => item.parentId === frames.keyMetrics);
    const drawn = inFrame().length;
    // The panel closed before the tally recorded its chart.
    await collection.set('ledger', beforeTally!);
    const emptyBar = inFrame().find((item) => item.props.shape === 'rectangle' && item.height < 10)!;
    const visitor = dot(emptyBar.boardX, emptyBar.boardY, frames.keyMetrics); // a participant's dot exactly on a bar
    const visitorBefore = JSON.stringify(emulated.items().find((item) => item.id === visitor));

    const again = await tallyKeyMetrics(emulated.miro);

    expect(again.board.created).toBe(0);
    expect(inFrame()).toHaveLength(drawn + 1);
    expect(JSON.stringify(emulated.items().find((item) => item.id === visitor))).toBe(visitorBefore);
  });

  test('live: while subscribed, a dot a participant adds is counted once the board is quiet (400 ms)', async () => {
    const b4 = await bucket('leadTime', 'today', 4);
    vi.useFakeTimers();
    try {
      const results: number[] = [];
      const unsubscribe = subscribeToBoardChanges(emulated.miro, async () => {
        const tally = await tallyKeyMetrics(emulated.miro);
        results.push(countOf(tally, 'leadTime', 'today')[3]!);
      });
      dot(b4.x, b4.y);
      await vi.advanceTimersByTimeAsync(350);
      expect(results).toEqual([]);
      await vi.advanceTimersByTimeAsync(100);
      expect(results).toEqual([1]);
      unsubscribe();
    } finally {
      vi.useRealTimers();
    }
  });

  test('live: a duplicated dot, of which Miro sends no event, is counted by the next periodic recount (5 s)', async () => {
    const b4 = await bucket('leadTime', 'today', 4);
    const original = dot(b4.x - 40, b4.y);
    vi.useFakeTimers();
    try {
      const results: number[] = [];
      const unsubscribe = subscribeToBoardChanges(emulated.miro, async () => {
        results.push(countOf(await tallyKeyMetrics(emulated.miro), 'leadTime', 'today')[3]!);
      });
      emulated.participant.duplicate(original);
      await vi.advanceTimersByTimeAsync(4_900);
      expect(results).toEqual([]);
      await vi.advanceTimersByTimeAsync(200);
      expect(results).toEqual([2]);
      // Quiet board: one recount per poll, no more.
      await vi.advanceTimersByTimeAsync(20_000);
      expect(results).toHaveLength(5);
      unsubscribe();
    } finally {
      vi.useRealTimers();
    }
  });

  test('live: a burst of changes recounts at most once every 4 s', async () => {
    const b4 = await bucket('leadTime', 'today', 4);
    vi.useFakeTimers();
    try {
      let recounts = 0;
      const unsubscribe = subscribeToBoardChanges(emulated.miro, () => recounts++);
      for (let i = 0; i < 60; i++) {
        dot(b4.x - 60 + (i % 6) * 20, b4.y);
        await vi.advanceTimersByTimeAsync(500);
      }
      expect(recounts).toBeGreaterThanOrEqual(7);
      expect(recounts).toBeLessThanOrEqual(8);
      unsubscribe();
    } finally {
      vi.useRealTimers();
    }
  });

  test('adds Miro votes on bucket shapes when asked and the board can vote', async () => {
    const voting = createEmulatedMiro({ features: { voting: true } });
    await buildAccelerateBoard(voting.miro);
    emulated = voting;
    const b5 = await bucket('deployFrequency', 'today', 5);
    voting.seedVotingResults([{ title: 'Deploys', createdAt: '2026-11-21', createdBy: { userId: 'u', userName: 'F' }, results: [{ itemId: b5.id, count: 4 }] } as never]);
    expect(countOf(await tallyKeyMetrics(voting.miro), 'deployFrequency', 'today')[4]).toBe(0);
    const withVotes = await tallyKeyMetrics(voting.miro, { includeVotes: true });
    expect(countOf(withVotes, 'deployFrequency', 'today')[4]).toBe(4);
    expect(withVotes.votesIncluded).toBe(true);
  });

  test('when Miro refuses the voting results although the board can vote, the tally counts the dots and says votes were unavailable', async () => {
    const voting = createEmulatedMiro({ features: { voting: true, votingPlugin: false } });
    await buildAccelerateBoard(voting.miro);
    emulated = voting;
    const b5 = await bucket('deployFrequency', 'today', 5);
    dot(b5.x, b5.y);
    const tally = await tallyKeyMetrics(voting.miro, { includeVotes: true, clock: { now: () => 0, sleep: async () => undefined } });
    expect(countOf(tally, 'deployFrequency', 'today')[4]).toBe(1);
    expect(tally.votesIncluded).toBe(false);
    expect(tally.votesUnavailable).toMatch(/voting results were unavailable \(.*voting plugin.*\); dots only/);
  });
});
