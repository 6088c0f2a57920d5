import { isMiroBoard, type BoardTarget } from './boardTarget';
import { useState } from 'preact/hooks';
import { zoomToItem } from '../miro/panelCalls';

export type ZoomToItem = {
  zoom: (itemId: string, name: string) => void;
  /** Why the last zoom did not happen, or what to do instead, for the facilitator. */
  message: string | null;
};

/**
 * Zooms the board to an item by id; `staleHint` says how to refresh a list that named a removed item.
 * On MURAL the page cannot move anyone's view of the mural (MURAL's API has no viewport): it says
 * what to look for instead.
 */
export function useZoomToItem(miro: BoardTarget, staleHint: string): ZoomToItem {
  const [message, setMessage] = useState<string | null>(null);
  const zoom = (itemId: string, name: string) => {
    if (!isMiroBoard(miro)) {
      setMessage(`This page cannot move your view of the mural: open the mural (link at the top) and look for “${name}”.`);
      return;
    }
    setMessage(null);
    zoomToItem(miro, itemId).catch(() => setMessage(`Could not zoom to “${name}”: it is no longer on the board. ${staleHint}`));
  };
  return { zoom, message };
}
