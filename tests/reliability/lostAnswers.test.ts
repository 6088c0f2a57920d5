import { describe, expect, test } from 'vitest';
import { addDataProduct } from '../../src/actions/addDataProduct';
import { boardShape } from '../support/boardShape';
import { seedsUntilEveryCallFailed } from '../support/seedCoverage';
import { clickUntilDone, fillWorkshop, runAction, workshopBoard, type ActionName } from './helpers';

const SEEDS = Array.from({ length: 5 }, (_, i) => i + 1);
const ACTIONS = ['tally', 'map', 'review'] as const satisfies readonly ActionName[];

describe('Miro losing 10 % of answers to calls that took effect', () => {
  test('every action, clicked again at most twice, leaves the board item for item as a clean run does, whichever answer is lost', async () => {
    const clean = await workshopBoard();
    await fillWorkshop(clean);
    for (const action of ACTIONS) await runAction(clean, action);
    await addDataProduct(clean.miro, { name: 'Added from the panel', job: 'a card' });
    const expected = boardShape(clean.emulated);

    // As many seeds as it takes for every SDK method the actions call to lose an answer in at least
    // one run (each run loses some twenty), and at least five loss patterns.
    const coverage = await seedsUntilEveryCallFailed(
      async (seed) => {
        const board = await workshopBoard({ emulator: { lostAnswerRate: 0.1, seed }, clicks: 3 });
        await fillWorkshop(board);
        board.emulated.resetStats();
        for (const action of ACTIONS) await clickUntilDone(() => runAction(board, action), 3);
        await clickUntilDone(() => addDataProduct(board.miro, { name: 'Added from the panel', job: 'a card' }), 3);
        expect(board.emulated.stats().failures, `seed ${seed}`).toBeGreaterThan(0);
        expect(boardShape(board.emulated), `seed ${seed}`).toEqual(expected);
        return board.emulated.stats();
      },
      { min: 5, max: 40 },
    );
    expect(coverage.neverFailed, `seeds ${coverage.seeds.join(', ')}`).toEqual([]);
  });

  test('a re-run after lost answers creates nothing: everything made was recorded', async () => {
    for (const seed of SEEDS) {
      const board = await workshopBoard({ emulator: { lostAnswerRate: 0.1, seed }, clicks: 3 });
      await fillWorkshop(board);
      for (const action of ACTIONS) await clickUntilDone(() => runAction(board, action), 3);
      const shape = boardShape(board.emulated);
      for (const action of ['build', ...ACTIONS] as const) await clickUntilDone(() => runAction(board, action), 3);
      expect(boardShape(board.emulated), `seed ${seed}`).toEqual(shape);
    }
  });
});
