import type { BoardStore } from './boardStore';
import type { ItemFactory } from './sdkItems';
import type { ItemView } from './types';

const VIEW_FIELDS = new Set(['id', 'type', 'x', 'y', 'width', 'height', 'parentId']);

/**
 * Every positioned item (frames, their children, connectors, unsupported items) in board order,
 * with SDK and board coordinates. Tags and groups are not positioned: they show up as `tagIds`
 * and `groupId` in `props`. Connectors: centre midway between their ends.
 */
export function itemViews(store: BoardStore, factory: ItemFactory): ItemView[] {
  return [...store.items.values()].map((record) => {
    const data = factory.itemData(record);
    const centre = store.boardCentre(record);
    const rect = store.boardRect(record);
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) if (!VIEW_FIELDS.has(key)) props[key] = value;
    return {
      id: record.id,
      type: record.type,
      x: record.type === 'connector' ? centre.x : record.x,
      y: record.type === 'connector' ? centre.y : record.y,
      boardX: centre.x,
      boardY: centre.y,
      width: rect.width,
      height: rect.height,
      parentId: record.parentId,
      props,
    };
  });
}
