import { describe, expect, test } from 'vitest';
import { tallyKeyMetrics } from '../../src/actions/tallyKeyMetrics';
import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import type { BuildProgress } from '../../src/actions/types';
import type { Clock } from '../../src/miro/clock';
import { boardShape } from '../support/boardShape';
import { fillWorkshop, workshopBoard, type WorkshopBoard } from './helpers';

/** The board's clock, ending `stop` once `afterMs` of waiting have passed. */
function clockEndingEdit(board: WorkshopBoard, stop: () => void, afterMs: number): Clock {
  const started = board.clock.now();
  return {
    now: board.clock.now,
    async sleep(ms) {
      await board.clock.sleep(ms);
      if (board.clock.now() - started >= afterMs) stop();
    },
  };
}

/** A participant's note in the key metrics frame, which someone is typing in. */
function noteBeingEdited(board: WorkshopBoard) {
  const frame = board.item(board.frames.keyMetrics)!;
  const note = board.emulated.participant.addStickyNote({ text: 'Deploys wait for the CAB', x: frame.boardX + frame.width / 2 - 150, y: frame.boardY + frame.height / 2 - 150, parentId: frame.id });
  return { note, stop: board.emulated.participant.startEditing(note) };
}

/** The chart a tally draws on a filled board where nobody is typing. */
async function talliedReference(): Promise<string[]> {
  const reference = await workshopBoard();
  await fillWorkshop(reference);
  await tallyKeyMetrics(reference.miro, { clock: reference.clock });
  return boardShape(reference.emulated);
}

/** The board without the note being edited. */
const withoutNote = (shape: string[]) => shape.filter((line) => !line.includes('Deploys wait for the CAB'));

describe('someone typing in a sticky note while an action runs', () => {
  test('the tally waits for them, says why, and finishes the same chart', async () => {
    const expected = await talliedReference();
    const board = await workshopBoard();
    await fillWorkshop(board);
    const { stop } = noteBeingEdited(board);
    const waits: Array<string | null> = [];
    const report = await tallyKeyMetrics(board.miro, { clock: clockEndingEdit(board, stop, 5_000), onWaitingForEdit: (message) => waits.push(message) });

    expect(report.board.created).toBeGreaterThan(0);
    expect(waits[0]).toMatch(/locking at least one of the item's children/);
    expect(waits.at(-1)).toBeNull();
    expect(withoutNote(boardShape(board.emulated))).toEqual(expected);
  });

  test('past 30 s it gives up naming the locked item, loses nothing, and the next run completes without doubling', async () => {
    const expected = await talliedReference();
    const board = await workshopBoard();
    await fillWorkshop(board);
    const { note, stop } = noteBeingEdited(board);
    const before = JSON.stringify(board.item(note));

    await expect(tallyKeyMetrics(board.miro, { clock: board.clock })).rejects.toThrow(/editing an item.*over 30 s.*locking/);
    expect(board.clock.elapsed()).toBeLessThan(5 * 60_000);
    stop();
    await tallyKeyMetrics(board.miro, { clock: board.clock });

    expect(JSON.stringify(board.item(note))).toBe(before);
    expect(withoutNote(boardShape(board.emulated))).toEqual(expected);
  });

  test('a build completing a frame someone is typing in waits, then attaches everything', async () => {
    const reference = await workshopBoard();
    const board = await workshopBoard();
    const ledger = await board.ledger();
    const goal = Object.entries(ledger.items).find(([key]) => key.startsWith('keyMetrics/') && key.endsWith('/goal'))?.[1] ?? Object.entries(ledger.items).find(([key]) => key.startsWith('keyMetrics/'))![1];
    board.emulated.participant.remove(goal);
    const { stop } = noteBeingEdited(board);
    const progress: Array<string | null | undefined> = [];
    const clock = clockEndingEdit(board, stop, 3_000);
    await buildAccelerateBoard(board.miro, { clock, onProgress: (step: BuildProgress) => progress.push(step.waitingForEdit) } as never);

    expect(progress.some((message) => typeof message === 'string')).toBe(true);
    expect(withoutNote(boardShape(board.emulated))).toEqual(boardShape(reference.emulated));
  });
});
