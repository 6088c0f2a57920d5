import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import type { ItemView } from '../index';
import { isConnector, isFrame } from './geometry';
import { connectorEnd } from './itemProps';
import { BoardItem } from './renderers/BoardItem';

/** An item being dragged: drawn offset by (dx, dy) board px until it is dropped. */
export type DragPreview = { itemId: string; dx: number; dy: number };

type ItemsLayerProps = { items: readonly ItemView[]; drag: DragPreview | null };

/** Frames at the back, connectors in front, everything else in board order between them. */
export function itemsInDrawingOrder(items: readonly ItemView[]): ItemView[] {
  return [...items.filter(isFrame), ...items.filter((item) => !isFrame(item) && !isConnector(item)), ...items.filter(isConnector)];
}

export const ItemsLayer = memo(function ItemsLayer({ items, drag }: ItemsLayerProps) {
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const ordered = useMemo(() => itemsInDrawingOrder(items), [items]);
  const dragged = drag ? byId.get(drag.itemId) : undefined;
  const shifted = useMemo(
    () => (dragged && drag ? { ...dragged, boardX: dragged.boardX + drag.dx, boardY: dragged.boardY + drag.dy } : null),
    [dragged, drag],
  );
  const displayed = (id: string | undefined) => (id !== undefined && id === shifted?.id ? shifted : id ? byId.get(id) : undefined);

  return (
    <g class="board-items">
      {ordered.map((item) =>
        isConnector(item) ? (
          <BoardItem
            key={item.id}
            item={item}
            start={displayed(connectorEnd(item, 'start')?.item)}
            end={displayed(connectorEnd(item, 'end')?.item)}
          />
        ) : (
          <BoardItem key={item.id} item={item.id === shifted?.id ? shifted : item} />
        ),
      )}
    </g>
  );
});
