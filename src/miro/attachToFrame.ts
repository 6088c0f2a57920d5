import type { Frame, Item, Miro } from '@mirohq/websdk-types';
import type { CallQueue } from './callQueue';

/**
 * Parents items to a frame without moving them. Many items take three calls whatever their number:
 * group them, add the group to the frame (Miro's documented way to parent a group's items), ungroup.
 */
export async function attachToFrame(miro: Miro, queue: CallQueue, frame: Frame, items: readonly Item[]): Promise<void> {
  if (items.length === 0) return;
  if (items.length === 1) {
    await queue.run(50, () => frame.add(items[0] as Parameters<Frame['add']>[0]));
    return;
  }
  const group = await queue.run(50, () =>
    miro.board.group({ items: items as Parameters<Miro['board']['group']>[0]['items'] }),
  );
  await queue.run(50, () => frame.add(group));
  await queue.run(50, () => group.ungroup());
}
