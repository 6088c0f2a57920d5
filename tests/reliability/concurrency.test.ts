import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import { boardShape } from '../support/boardShape';
import { fillWorkshop, runAction, workshopBoard, type ActionName, type WorkshopBoard } from './helpers';

const ACTIONS = ['tally', 'map', 'review'] as const satisfies readonly ActionName[];

/** The filled board after `actions` ran once each, one after another. */
async function referenceShape(actions: readonly ActionName[]): Promise<string[]> {
  const board = await workshopBoard();
  await fillWorkshop(board);
  for (const action of actions) await runAction(board, action);
  return boardShape(board.emulated);
}

/** Items created on the board since the stats were reset. */
const creates = (board: WorkshopBoard) =>
  Object.entries(board.emulated.stats().byMethod)
    .filter(([method]) => method.startsWith('board.create'))
    .reduce((sum, [, stats]) => sum + stats.calls, 0);

async function filledBoard(): Promise<WorkshopBoard> {
  const board = await workshopBoard();
  await fillWorkshop(board);
  return board;
}

describe('the same action twice at once', () => {
  test.each(ACTIONS)('%s double-clicked in one panel draws once: the second click waits, then finds it drawn', async (action) => {
    const once = await filledBoard();
    once.emulated.resetStats();
    await runAction(once, action);
    const board = await filledBoard();
    board.emulated.resetStats();
    await Promise.all([runAction(board, action), runAction(board, action)]);
    expect(boardShape(board.emulated)).toEqual(boardShape(once.emulated));
    expect(creates(board)).toBe(creates(once));
  });

  test.each(ACTIONS)('%s clicked in two panels at once draws once, and a re-run finds it all', async (action) => {
    const board = await filledBoard();
    await Promise.all([runAction(board, action), runAction(board, action, board.emulated.connectClient())]);
    const expected = await referenceShape([action]);
    expect(boardShape(board.emulated)).toEqual(expected);
    await runAction(board, action);
    expect(boardShape(board.emulated)).toEqual(expected);
  });
});

describe('different actions at once', () => {
  test('tally, map and review started together in one panel: each draws once and records what it drew', async () => {
    const board = await filledBoard();
    await Promise.all(ACTIONS.map((action) => runAction(board, action)));
    const expected = await referenceShape(ACTIONS);
    expect(boardShape(board.emulated)).toEqual(expected);
    for (const action of ACTIONS) await runAction(board, action);
    expect(boardShape(board.emulated)).toEqual(expected);
  });

  test('tally, map and review in three panels at once: no panel drops another’s records', async () => {
    const board = await filledBoard();
    await Promise.all(ACTIONS.map((action) => runAction(board, action, board.emulated.connectClient())));
    const expected = await referenceShape(ACTIONS);
    expect(boardShape(board.emulated)).toEqual(expected);
    for (const action of ACTIONS) await runAction(board, action);
    expect(boardShape(board.emulated)).toEqual(expected);
  });

  test('a rebuild in one panel while another tallies keeps the tally’s records', async () => {
    const board = await filledBoard();
    // Enough missing for the rebuild to outlast the tally and write the ledger after it.
    for (const [key, id] of Object.entries((await board.ledger()).items)) {
      // The review's preview is never put back by a build once gone: left alone here.
      if (!key.startsWith('keyMetrics/') && !key.startsWith('dataProducts/') && !key.startsWith('review/')) board.emulated.participant.remove(id);
    }
    await Promise.all([runAction(board, 'build'), runAction(board, 'tally', board.emulated.connectClient())]);
    const expected = await referenceShape(['tally']);
    expect(boardShape(board.emulated)).toEqual(expected);
    await runAction(board, 'tally');
    expect(boardShape(board.emulated)).toEqual(expected);
  });
});

describe('a build that never ends in another panel', () => {
  test('the waiting build gives up after 10 minutes with a message, having created nothing', async () => {
    const board = await workshopBoard();
    const collection = board.miro.board.storage.collection('accelerate-board');
    // Another panel holds the lease and keeps refreshing it.
    const refresh = () => collection.set('buildLock', { owner: 'stuck-panel', at: board.clock.now() });
    await refresh();
    board.emulated.resetStats();
    const clock = {
      now: board.clock.now,
      async sleep(ms: number) {
        await board.clock.sleep(ms);
        await refresh();
      },
    };
    await expect(buildAccelerateBoard(board.miro, { clock } as never)).rejects.toThrow(/building this board for 10 minutes/);
    expect(board.clock.elapsed()).toBeLessThan(11 * 60_000 + 60_000);
    expect(creates(board)).toBe(0);
  });
});
