import type { Miro } from '@mirohq/websdk-types';
import { useState } from 'preact/hooks';
import { zoomToItem } from './boardCalls';

export type ZoomHandle = {
  zoom: (itemId: string, label: string) => void;
  /** Why the last zoom did not happen, for the facilitator. */
  message: string | null;
};

export function useZoomToBucket(miro: Miro): ZoomHandle {
  const [message, setMessage] = useState<string | null>(null);
  const zoom = (itemId: string, label: string) => {
    setMessage(null);
    zoomToItem(miro, itemId).catch(() => {
      setMessage(`Could not zoom to "${label}": it is no longer on the board. Tally again to update the chart.`);
    });
  };
  return { zoom, message };
}
