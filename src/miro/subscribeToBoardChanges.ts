import type { Miro } from '@mirohq/websdk-types';

const ITEM_EVENTS = ['items:create', 'items:delete', 'experimental:items:update'] as const;

/**
 * Calls `onSettled` once the board has been quiet for `quietMs` after items were created, deleted
 * or changed (by anyone). Owned by the open panel: the returned function unsubscribes.
 * Events are only a "something changed" signal; the caller re-reads the board.
 */
export function subscribeToBoardChanges(miro: Miro, onSettled: () => void, quietMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, quietMs);
  };
  for (const event of ITEM_EVENTS) void miro.board.ui.on(event, changed);
  return () => {
    clearTimeout(timer);
    for (const event of ITEM_EVENTS) void miro.board.ui.off(event, changed);
  };
}
