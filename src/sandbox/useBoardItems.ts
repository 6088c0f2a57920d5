import { useEffect, useRef, useState } from 'preact/hooks';
import type { EmulatedMiro, ItemView } from '../index';
import { itemsWithStableIdentity, type ItemIdentityCache } from './stableItems';

type FrameScheduler = { request: (callback: () => void) => number; cancel: (handle: number) => void };

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * The board's items, re-read at most once per animation frame however many changes arrive
 * (a build fires hundreds of change notifications per second).
 */
export function useBoardItems(emulated: EmulatedMiro, scheduler: FrameScheduler = animationFrames): ItemView[] {
  const cacheRef = useRef<ItemIdentityCache>(new Map());
  const [items, setItems] = useState(() => itemsWithStableIdentity(drawable(emulated.items()), cacheRef.current));

  useEffect(() => {
    let pending: number | null = null;
    const refresh = () => {
      pending = null;
      setItems(itemsWithStableIdentity(drawable(emulated.items()), cacheRef.current));
    };
    const unsubscribe = emulated.onChange(() => {
      if (pending === null) pending = scheduler.request(refresh);
    });
    // Changes between the first render and this subscription would otherwise be missed.
    refresh();
    return () => {
      unsubscribe();
      if (pending !== null) scheduler.cancel(pending);
    };
  }, [emulated, scheduler]);

  return items;
}

/** Children of a kanban, table or user story map sit at x = y = -Infinity: nowhere to draw them. */
const drawable = (items: ItemView[]) => items.filter((item) => Number.isFinite(item.boardX) && Number.isFinite(item.boardY));
