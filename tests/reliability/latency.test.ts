import type { Miro } from '@mirohq/websdk-types';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { boardShape } from '../support/boardShape';
import { fillWorkshop, runAction, workshopBoard, type ActionName } from './helpers';

const ACTIONS = ['tally', 'map', 'review'] as const satisfies readonly ActionName[];

afterEach(() => {
  vi.useRealTimers();
});

/** Runs `work` on fake timers (the emulator's latency and the app's waits), advancing time until it settles. */
async function onFakeTime<T>(work: () => Promise<T>): Promise<T> {
  let settled = false;
  const running = work().finally(() => (settled = true));
  running.catch(() => undefined);
  for (let step = 0; !settled && step < 100_000; step++) await vi.advanceTimersByTimeAsync(5);
  return running;
}

const cleanBuild = async () => {
  const emulated = createEmulatedMiro();
  await buildAccelerateBoard(emulated.miro);
  return boardShape(emulated);
};

/** Two facilitators click Build, the second `gapMs` after the first, on clients with their own round trips. */
async function twoPanelsBuild(first: number, second: number, gapMs: number, prepare?: (emulated: ReturnType<typeof createEmulatedMiro>) => Promise<void>) {
  const emulated = createEmulatedMiro();
  await prepare?.(emulated);
  vi.useFakeTimers();
  const panels: Miro[] = [emulated.connectClient({ latencyMs: first }), emulated.connectClient({ latencyMs: second })];
  const reports = await onFakeTime(() =>
    Promise.all([
      buildAccelerateBoard(panels[0]!),
      new Promise((resolve) => setTimeout(resolve, gapMs)).then(() => buildAccelerateBoard(panels[1]!)),
    ]),
  );
  return { emulated, reports };
}

describe('two facilitators with real latency', () => {
  const gaps = Array.from({ length: 11 }, (_, i) => i * 100);

  test.each([
    [5, 400],
    [400, 5],
  ])('latencies %i ms and %i ms, the second click 0–1000 ms later: one board, nothing doubled, everything recorded', async (first, second) => {
    const expected = await cleanBuild();
    for (const gap of gaps) {
      const { emulated, reports } = await twoPanelsBuild(first, second, gap);
      expect(emulated.items().filter((item) => item.type === 'frame'), `gap ${gap}`).toHaveLength(12);
      expect(boardShape(emulated), `gap ${gap}`).toEqual(expected);
      // Both panels report the frames on the board, and a third click finds everything recorded.
      expect(reports[1].frames, `gap ${gap}`).toEqual(reports[0].frames);
      vi.useRealTimers();
      const again = await buildAccelerateBoard(emulated.miro);
      expect(again.created, `gap ${gap}`).toBe(0);
      expect(again.frames, `gap ${gap}`).toEqual(reports[0].frames);
    }
  });

  test.each([
    [5, 400],
    [400, 5],
  ])('completing a half-built board from two panels (%i ms and %i ms): each missing item drawn once, the first copy kept', async (first, second) => {
    const expected = await cleanBuild();
    for (const gap of [0, 100, 300, 600]) {
      const { emulated, reports } = await twoPanelsBuild(first, second, gap, async (board) => {
        await buildAccelerateBoard(board.miro);
        // Palette dots and the review's preview are never put back by a build once gone: left alone here.
        const review = board.items().find((item) => item.type === 'frame' && /review/i.test(String(item.props.title)))!;
        const children = board.items().filter((item) => item.parentId !== null && item.parentId !== review.id && item.props.shape !== 'circle');
        for (const item of children.filter((_, i) => i % 3 === 0)) board.participant.remove(item.id);
      });
      expect(boardShape(emulated), `gap ${gap}`).toEqual(expected);
      expect(reports[1].frames, `gap ${gap}`).toEqual(reports[0].frames);
      vi.useRealTimers();
      expect((await buildAccelerateBoard(emulated.miro)).created, `gap ${gap}`).toBe(0);
    }
  });
});

describe('tally, map and review from two panels with real latency', () => {
  test.each([
    [5, 400],
    [400, 5],
  ])('%i ms and %i ms: each draws once, the ledger holds every record, a re-run creates nothing', async (first, second) => {
    const reference = await workshopBoard();
    await fillWorkshop(reference);
    for (const action of ACTIONS) await runAction(reference, action);
    const expected = boardShape(reference.emulated);

    for (const gap of [0, 100, 300, 700]) {
      const board = await workshopBoard();
      await fillWorkshop(board);
      const panels = [board.emulated.connectClient({ latencyMs: first }), board.emulated.connectClient({ latencyMs: second })];
      vi.useFakeTimers();
      await onFakeTime(() =>
        Promise.all([
          Promise.all(ACTIONS.map((action) => runAction(board, action, panels[0]))),
          new Promise((resolve) => setTimeout(resolve, gap)).then(() => Promise.all(ACTIONS.map((action) => runAction(board, action, panels[1])))),
        ]),
      );
      vi.useRealTimers();
      expect(boardShape(board.emulated), `gap ${gap}`).toEqual(expected);
      board.emulated.resetStats();
      for (const action of ACTIONS) await runAction(board, action);
      const creates = Object.entries(board.emulated.stats().byMethod).filter(([method]) => method.startsWith('board.create'));
      expect(creates, `gap ${gap}`).toEqual([]);
    }
  });
});
