import { boxFromCentred, type Box } from '../layout/geometry';
import { areaHeaderHeight } from '../layout/items';
import { AREA_INSET } from '../layout/style';
import type { BoardSnapshot } from '../snapshot';
import type { AreaText } from '../workshop/areas';

/**
 * The free part of an area (below its label, inside its edges) where it is now on the board.
 * `space: 'frame'` gives frame space (relative to the frame's top-left, as planned items are);
 * `space: 'board'` gives board coordinates. Undefined when the area or the frame is gone.
 */
export function areaFreeRegion(
  snapshot: BoardSnapshot,
  args: { frameId: string; areaKey: string; text: AreaText; space: 'frame' | 'board' },
): Box | undefined {
  const byId = (id: string | undefined) => (id ? snapshot.items.find((item) => item.id === id) : undefined);
  const frame = byId(args.frameId);
  const area = byId(snapshot.ledger?.items[args.areaKey]);
  if (!frame || !area) return undefined;
  const areaBox = boxFromCentred(area);
  const origin = args.space === 'frame' ? boxFromCentred(frame) : { left: 0, top: 0 };
  const header = areaHeaderHeight(args.text, area.width);
  return {
    left: areaBox.left - origin.left + AREA_INSET,
    top: areaBox.top - origin.top + header,
    width: Math.max(0, area.width - 2 * AREA_INSET),
    height: Math.max(0, area.height - header - AREA_INSET),
  };
}
