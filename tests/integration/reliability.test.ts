import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, createEmulatedMiro } from '../../src/index';
import { boardShape } from '../support/boardShape';
import { fakeClock } from '../support/fakeClock';

async function referenceShape() {
  const reference = createEmulatedMiro();
  await buildAccelerateBoard(reference.miro);
  return boardShape(reference);
}

describe('Build under a slow, flaky or busy board', () => {
  test('10 % of SDK calls failing: the board is identical to a clean build, for 20 seeds', async () => {
    const expected = await referenceShape();
    for (let seed = 1; seed <= 20; seed++) {
      const clock = fakeClock();
      const flaky = createEmulatedMiro({ failureRate: 0.1, seed, now: clock.now });
      await buildAccelerateBoard(flaky.miro, { clock });
      expect(flaky.stats().failures, `seed ${seed}`).toBeGreaterThan(0);
      expect(boardShape(flaky), `seed ${seed}`).toEqual(expected);
    }
  });

  test('credits running out mid-build: it waits for credits, says so, and finishes', async () => {
    const clock = fakeClock();
    // 5,000 credits a minute: the ~230-call build needs about three minutes of credits.
    const busy = createEmulatedMiro({ creditsPerMinute: 5_000, now: clock.now });
    const waiting: boolean[] = [];
    await buildAccelerateBoard(busy.miro, { clock, onProgress: (progress) => waiting.push(progress.waitingForCredits) });

    expect(boardShape(busy)).toEqual(await referenceShape());
    expect(waiting).toContain(true);
    expect(waiting.at(-1)).toBe(false);
    expect(clock.elapsed()).toBeGreaterThanOrEqual(2 * 60_000);
  });

  test('a double click builds one board', async () => {
    const emulated = createEmulatedMiro({ latencyMs: 1 });
    const [first, second] = await Promise.all([buildAccelerateBoard(emulated.miro), buildAccelerateBoard(emulated.miro)]);
    expect(second.frames).toEqual(first.frames);
    expect(boardShape(emulated)).toEqual(await referenceShape());
  });
});

describe('Two panels on one board', () => {
  test('two panels building at once make one board; the second waits, then creates nothing', async () => {
    const clock = fakeClock();
    const emulated = createEmulatedMiro({ latencyMs: 0, now: clock.now });
    const otherPanel = emulated.connectClient();
    const waited: boolean[] = [];
    const onProgress = (progress: { waitingForAnotherBuild: boolean }) => waited.push(progress.waitingForAnotherBuild);
    const [first, second] = await Promise.all([
      buildAccelerateBoard(emulated.miro, { clock, onProgress }),
      buildAccelerateBoard(otherPanel, { clock, onProgress }),
    ]);
    expect(second.frames).toEqual(first.frames);
    const planned = first.created + first.reused;
    expect([first.created, second.created].sort((a, b) => a - b)).toEqual([0, planned]);
    expect(waited).toContain(true);
    expect(boardShape(emulated)).toEqual(await referenceShape());
  });

  test('a panel closed mid-build does not block the next build for longer than the lease', async () => {
    const clock = fakeClock();
    const emulated = createEmulatedMiro({ now: clock.now });
    const collection = emulated.miro.board.storage.collection('accelerate-board');
    await collection.set('buildLock', { owner: 'a closed panel', at: clock.now() });
    const report = await buildAccelerateBoard(emulated.connectClient(), { clock });
    expect(Object.keys(report.frames)).toHaveLength(10);
    expect(clock.elapsed()).toBeGreaterThanOrEqual(90_000);
    expect(await collection.get('buildLock')).toBeUndefined();
  });
});
