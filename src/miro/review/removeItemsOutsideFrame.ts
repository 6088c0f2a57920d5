import type { Frame, Item, Miro } from '@mirohq/websdk-types';
import type { Ledger } from '../../core/ledger';
import type { CallQueue } from '../callQueue';
import { isPositioned } from '../itemGuards';

/**
 * Removes the app's items under `keyPrefix` that someone dragged out of `frame` (into another frame
 * or onto empty board space), and forgets them, so the sync that follows creates them afresh as
 * children of `frame`. `syncAppItems` cannot move them back: a child's x/y are relative to its own
 * frame, so the review's position would be written in the wrong frame's space; and an item moved
 * back but not re-parented would not follow the frame when it moves.
 */
export async function removeItemsOutsideFrame(
  miro: Miro,
  queue: CallQueue,
  args: { frame: Frame; items: ReadonlyMap<string, Item>; ledger: Ledger; keyPrefix: string },
): Promise<number> {
  const { frame, items, ledger, keyPrefix } = args;
  const strays = Object.entries(ledger.items).flatMap(([key, id]) => {
    const item = items.get(id);
    return key.startsWith(keyPrefix) && item && isPositioned(item) && item.parentId !== frame.id ? [{ key, item }] : [];
  });
  await Promise.all(
    strays.map(async ({ key, item }) => {
      await queue.run(50, () => miro.board.remove(item));
      delete ledger.items[key];
    }),
  );
  return strays.length;
}
