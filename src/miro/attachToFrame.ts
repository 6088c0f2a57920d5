import type { Frame, Group, Item, Miro } from '@mirohq/websdk-types';
import { ItemLockedError, type CallQueue } from './callQueue';
import { isGroup, isPositioned } from './itemGuards';

type Attachable = Parameters<Frame['add']>[0];

/**
 * Parents items to a frame without moving them. Many items take three calls whatever their number:
 * group them, add the group to the frame (Miro's documented way to parent a group's items), ungroup.
 * Grouping and ungrouping are not repeated blindly (a lost answer leaves them done, and doing them
 * again fails): after a failure the board says how far it got, and the rest is finished item by item.
 */
export async function attachToFrame(miro: Miro, queue: CallQueue, frame: Frame, items: readonly Item[]): Promise<void> {
  if (items.length === 0) return;
  if (items.length === 1) {
    await queue.run(50, () => frame.add(items[0] as Attachable));
    return;
  }
  try {
    const group = await queue.run(50, () => miro.board.group({ items: items as Parameters<Miro['board']['group']>[0]['items'] }), { maxAttempts: 1 });
    await queue.run(50, () => frame.add(group));
    await queue.run(50, () => group.ungroup(), { maxAttempts: 1 });
  } catch (error) {
    // Waiting longer for someone to stop editing would not help.
    if (error instanceof ItemLockedError) throw error;
    await finishAttaching(miro, queue, frame, items);
  }
}

const MAX_ROUNDS = 8;

/**
 * Ungroups what a grouping left behind (groups of these items only) and adds each item not yet in
 * the frame, reading the board again after a round that failed, until it is done.
 */
async function finishAttaching(miro: Miro, queue: CallQueue, frame: Frame, items: readonly Item[]): Promise<void> {
  const ids = new Set(items.map((item) => item.id));
  let failure: unknown;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const board = await queue.run(500, () => miro.board.get());
    const groups = board.filter(isGroup).filter((group: Group) => group.itemsIds.length > 0 && group.itemsIds.every((id) => ids.has(id)));
    const loose = board.filter((item) => ids.has(item.id)).filter(isPositioned).filter((item) => item.parentId !== frame.id);
    if (groups.length === 0 && loose.length === 0) return;
    const grouped = new Set(groups.flatMap((group) => group.itemsIds));
    const outcomes = await Promise.allSettled([
      ...groups.map((group) => queue.run(50, () => group.ungroup(), { maxAttempts: 1 })),
      ...loose.filter((item) => !grouped.has(item.id)).map((item) => queue.run(50, () => frame.add(item as Attachable))),
    ]);
    failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')?.reason ?? failure;
    if (failure instanceof ItemLockedError) throw failure;
  }
  throw failure ?? new Error(`Could not attach ${items.length} items to frame ${frame.id}`);
}
