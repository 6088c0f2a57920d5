import type { Item } from '@mirohq/websdk-types';
import type { BoardPoint } from './createPlannedItem';
import { isPositioned, type PositionedItem } from './itemGuards';

type Positioned = { x: number; y: number; width?: number; height?: number; parentId?: string | null; relativeTo?: string };

/**
 * An item's centre in board coordinates. A frame child's x/y are relative to the frame's top-left
 * (Miro: `relativeTo: 'parent_top_left'`); `parent_center` is handled too, defensively.
 */
export function boardCentreOf(item: Positioned, parentOf: (id: string) => Positioned | undefined): BoardPoint {
  if (!item.parentId) return { x: item.x, y: item.y };
  const parent = parentOf(item.parentId);
  if (!parent) return { x: item.x, y: item.y };
  const parentCentre = boardCentreOf(parent, parentOf);
  if (item.relativeTo === 'parent_center') return { x: parentCentre.x + item.x, y: parentCentre.y + item.y };
  return {
    x: parentCentre.x - (parent.width ?? 0) / 2 + item.x,
    y: parentCentre.y - (parent.height ?? 0) / 2 + item.y,
  };
}

export function indexById(items: readonly Item[]): Map<string, Item> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Board centres of items read together, frame children resolved through the same read. */
export function boardCentresIn(byId: ReadonlyMap<string, Item>): (item: PositionedItem) => BoardPoint {
  const parentOf = (id: string) => {
    const parent = byId.get(id);
    return parent && isPositioned(parent) ? parent : undefined;
  };
  return (item) => boardCentreOf(item, parentOf);
}
