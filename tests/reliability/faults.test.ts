import { describe, expect, test } from 'vitest';
import { boardShape } from '../support/boardShape';
import { seedsUntilEveryCallFailed } from '../support/seedCoverage';
import { fillWorkshop, refusing, runAction, withIdsDescribed, workshopBoard, type ActionName, type WorkshopBoard } from './helpers';

const ACTIONS = ['tally', 'map', 'review'] as const satisfies readonly ActionName[];
const SEEDS = Array.from({ length: 5 }, (_, i) => i + 1);

/** A filled board on which tally, map and review ran once, in that order: results and board. */
async function workshopAfterActions(board: WorkshopBoard) {
  await fillWorkshop(board);
  board.emulated.resetStats();
  const reports: Record<string, unknown> = {};
  for (const action of ACTIONS) reports[action] = withIdsDescribed(await runAction(board, action), board.emulated);
  return { reports, shape: boardShape(board.emulated) };
}

/**
 * A board built and worked on with 10 % of calls failing (seeded), once per seed: the re-run test
 * goes on from the boards the first test checked, rather than building them again.
 */
const flakyRuns = new Map<number, Promise<{ board: WorkshopBoard; flaky: Awaited<ReturnType<typeof workshopAfterActions>> }>>();
const flakyRun = (seed: number) => {
  if (!flakyRuns.has(seed))
    flakyRuns.set(
      seed,
      (async () => {
        const board = await workshopBoard({ emulator: { failureRate: 0.1, seed } });
        return { board, flaky: await workshopAfterActions(board) };
      })(),
    );
  return flakyRuns.get(seed)!;
};

describe('tally, map and review when 10 % of SDK calls fail', () => {
  test('same results and the same board as a clean run, whichever SDK call fails', async () => {
    const clean = await workshopAfterActions(await workshopBoard());
    // As many seeds as it takes for every SDK method the actions call to fail in at least one run
    // (each run has some twenty failures), and at least five failure patterns.
    const coverage = await seedsUntilEveryCallFailed(
      async (seed) => {
        const { board, flaky } = await flakyRun(seed);
        // Every seed must actually hit the actions, or it proves nothing.
        expect(board.emulated.stats().failures, `seed ${seed}`).toBeGreaterThan(0);
        expect(flaky.reports, `seed ${seed}`).toEqual(clean.reports);
        expect(flaky.shape, `seed ${seed}`).toEqual(clean.shape);
        return board.emulated.stats();
      },
      { min: 5, max: 40 },
    );
    expect(coverage.neverFailed, `seeds ${coverage.seeds.join(', ')}`).toEqual([]);
  });

  test('re-running every action on the flaky board changes nothing', async () => {
    for (const seed of SEEDS) {
      const { board, flaky } = await flakyRun(seed);
      const { shape } = flaky;
      for (const action of [...ACTIONS, 'build', ...ACTIONS] as const) await runAction(board, action);
      expect(boardShape(board.emulated), `seed ${seed}`).toEqual(shape);
    }
  });
});

describe('credits running out during tally, map and review', () => {
  test('each waits for credits to come back and finishes with the same results and board', async () => {
    const clean = await workshopAfterActions(await workshopBoard());
    // 4,000 credits a minute: the tally's chart alone needs about 5,000.
    const board = await workshopBoard({ emulator: { creditsPerMinute: 4_000 } });
    const busy = await workshopAfterActions(board);
    expect(board.emulated.stats().rateLimited).toBeGreaterThan(0);
    expect(busy).toEqual(clean);
    expect(board.clock.elapsed()).toBeGreaterThan(3 * 60_000);
  });
});

describe('Miro refusing a call for good', () => {
  // What each action creates: refused part-way, the run stops; whatever it made must be recorded.
  const refusals = [
    { action: 'tally', method: 'createShape', answered: 30 },
    { action: 'tally', method: 'createText', answered: 10 },
    { action: 'map', method: 'createShape', answered: 3 },
    { action: 'map', method: 'createConnector', answered: 2 },
    { action: 'review', method: 'createText', answered: 6 },
  ] as const;

  test.each(refusals)('$action with $method refused after $answered: it fails, and the next run completes the board without doubling anything', async ({ action, method, answered }) => {
    const reference = await workshopBoard();
    await fillWorkshop(reference);
    await runAction(reference, action);

    const board = await workshopBoard();
    await fillWorkshop(board);
    await expect(runAction(board, action, refusing(board.miro, method, answered))).rejects.toThrow(`Miro refused ${method}`);
    await runAction(board, action);

    expect(boardShape(board.emulated)).toEqual(boardShape(reference.emulated));
  });
});
