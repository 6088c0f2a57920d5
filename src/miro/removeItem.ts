import type { Item, Miro } from '@mirohq/websdk-types';
import { ItemLockedError, type CallQueue } from './callQueue';

const MAX_ROUNDS = 8;

/**
 * Removes an item the app owns. A removal whose answer was lost already happened, and repeating it
 * fails ("no such item"): after each failure the board is read, and an item already gone is done.
 */
export async function removeItem(miro: Miro, queue: CallQueue, item: Item): Promise<void> {
  let lastError: unknown;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    try {
      await queue.run(50, () => miro.board.remove(item), { maxAttempts: 1 });
      return;
    } catch (error) {
      if (error instanceof ItemLockedError) throw error;
      lastError = error;
      const board = await queue.run(500, () => miro.board.get());
      if (!board.some((candidate) => candidate.id === item.id)) return;
    }
  }
  throw lastError;
}
