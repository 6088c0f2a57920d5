import type { Miro } from '@mirohq/websdk-types';
import { useState } from 'preact/hooks';
import { zoomToItem } from '../miro/panelCalls';

export type ZoomToItem = {
  zoom: (itemId: string, name: string) => void;
  /** Why the last zoom did not happen, for the facilitator. */
  message: string | null;
};

/** Zooms the board to an item by id; `staleHint` says how to refresh a list that named a removed item. */
export function useZoomToItem(miro: Miro, staleHint: string): ZoomToItem {
  const [message, setMessage] = useState<string | null>(null);
  const zoom = (itemId: string, name: string) => {
    setMessage(null);
    zoomToItem(miro, itemId).catch(() => setMessage(`Could not zoom to “${name}”: it is no longer on the board. ${staleHint}`));
  };
  return { zoom, message };
}
