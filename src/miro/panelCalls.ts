import type { Miro } from '@mirohq/websdk-types';

// The panel's only direct SDK calls: a plan check and moving the viewer's camera. Neither reads or
// changes board content, so they are not actions; they live with the rest of the adapter.

/** Whether this board's plan has Miro's native voting; false when the check itself fails. */
export async function canUseVoting(miro: Miro): Promise<boolean> {
  try {
    return (await miro.board.canUse('voting')) === true;
  } catch {
    return false;
  }
}

/** Moves the viewer's camera to an item. Rejects when the item is no longer on the board. */
export async function zoomToItem(miro: Miro, itemId: string): Promise<void> {
  const item = await miro.board.getById(itemId);
  await miro.board.viewport.zoomTo(item);
}
