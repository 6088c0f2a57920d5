import type { Frame, Group, Item } from '@mirohq/websdk-types';

// Miro's `Unsupported` item has `type: string`, which defeats narrowing on `type`: these guards restore it.
export const isFrame = (item: Item | undefined): item is Frame => item?.type === 'frame';
export const isGroup = (item: Item | undefined): item is Group => item?.type === 'group';

/** Items with a position on the board (not tags, groups or connectors). */
export type PositionedItem = Extract<Item, { x: number }>;
export const isPositioned = (item: Item): item is PositionedItem =>
  'x' in item && typeof item.x === 'number' && item.type !== 'group';
