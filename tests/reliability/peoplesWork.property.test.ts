import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { boardShape } from '../support/boardShape';
import { appOwnedIds, fillWorkshop, itemsExcept, runAction, workshopBoard, type ActionName } from './helpers';

const CANONICAL: readonly ActionName[] = ['build', 'tally', 'map', 'review'];
const actionSequence = fc.array(fc.constantFrom<ActionName>(...CANONICAL), { minLength: 1, maxLength: 7 });

/**
 * What an action does to people's work depends on the board the action before it left: so every
 * ordered pair of actions, repeats included (16), must run at least once. A de Bruijn sequence of
 * the four actions holds each pair once; cut into three overlapping sequences of at most seven,
 * these are run first, then random sequences add longer, mixed histories.
 */
const EVERY_PAIR: ActionName[][] = (() => {
  const order = [0, 0, 1, 0, 2, 0, 3, 1, 1, 2, 1, 3, 2, 2, 3, 3, 0].map((index) => CANONICAL[index]!);
  return [order.slice(0, 7), order.slice(6, 13), order.slice(12)];
})();

/** The fixture board after one run of every action: what any sequence must converge to. */
let converged: string[];

beforeAll(async () => {
  const board = await workshopBoard();
  await fillWorkshop(board);
  for (const action of CANONICAL) await runAction(board, action);
  converged = boardShape(board.emulated);
});

describe('people’s work, whatever the facilitator clicks', () => {
  test('any sequence of actions, repeats included, leaves every item people made byte-for-byte as it was, and doubles nothing', async () => {
    await fc.assert(
      fc.asyncProperty(actionSequence, async (sequence) => {
        const board = await workshopBoard();
        await fillWorkshop(board);
        const appBefore = appOwnedIds(await board.ledger());
        const before = itemsExcept(board.emulated, appBefore);

        for (const action of sequence) await runAction(board, action);

        // Items the app made and later replaced are no longer in the ledger: app items either way.
        const appIds = new Set([...appBefore, ...appOwnedIds(await board.ledger())]);
        const after = itemsExcept(board.emulated, appIds);
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
        for (const [id, view] of before) expect(after.get(id), id).toBe(view);

        for (const action of CANONICAL) await runAction(board, action);
        expect(boardShape(board.emulated)).toEqual(converged);
      }),
      { numRuns: 7, examples: EVERY_PAIR.map((sequence) => [sequence] as [ActionName[]]) },
    );
  }, 60_000);
});

test('the fixed sequences hold every ordered pair of actions', () => {
  const pairs = new Set(EVERY_PAIR.flatMap((sequence) => sequence.slice(1).map((action, i) => `${sequence[i]} → ${action}`)));
  expect(pairs.size).toBe(CANONICAL.length ** 2);
  for (const sequence of EVERY_PAIR) expect(sequence.length).toBeLessThanOrEqual(7);
});
