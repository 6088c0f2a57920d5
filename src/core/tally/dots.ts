import type { SnapshotItem } from '../snapshot';

/** Largest dot, in board px across: bigger circles and images are content, not votes. */
export const DOT_MAX_SIZE = 120;

/** Stamps, stickers and emoji reach the app as `Unsupported` items with only a type, position and size. */
const STICKER_TYPES: ReadonlySet<string> = new Set(['stamp', 'sticker', 'emoji']);

/** Whether a participant could have placed this item as a dot on a scale. */
export function isDot(item: SnapshotItem): boolean {
  const across = Math.max(item.width, item.height);
  if (item.type === 'shape') return item.shape === 'circle' && across <= DOT_MAX_SIZE;
  if (item.type === 'image') return across <= DOT_MAX_SIZE;
  return STICKER_TYPES.has(item.type);
}

/** Board-space rectangle given by its centre and size. */
export type CentredRect = { x: number; y: number; width: number; height: number };

/**
 * Whether a point lies in a rectangle. Half-open (left/top edges in, right/bottom edges out) so a
 * dot centred exactly on the edge two buckets share counts for one of them, never both.
 */
export function containsPoint(rect: CentredRect, x: number, y: number): boolean {
  const left = rect.x - rect.width / 2;
  const top = rect.y - rect.height / 2;
  return x >= left && x < left + rect.width && y >= top && y < top + rect.height;
}
