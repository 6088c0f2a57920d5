import type { SnapshotItem } from '../snapshot';

/** Largest dot, in board px across: bigger circles and images are content, not votes. */
export const DOT_MAX_SIZE = 120;

/** Types the Web SDK reads as themselves: a dot among them is a small circle shape or image only. */
const SUPPORTED_TYPES: ReadonlySet<string> = new Set([
  'app_card', 'card', 'connector', 'embed', 'frame', 'group', 'image', 'mindmap_node', 'preview', 'shape', 'sticky_note', 'tag', 'text',
]);

/**
 * Unsupported types Miro documents that are never a dot (websdk-reference-unsupported). No page
 * names a stamp or sticker type, so any other unsupported type of a dot's size counts: a stamp
 * counts whatever Miro calls it. `emoji` is documented and counts.
 */
const NON_DOT_TYPES: ReadonlySet<string> = new Set([
  'comment', 'document', 'kanban', 'mockup', 'stroke', 'table', 'usm', 'curve', 'web screenshot', 'web_screenshot', 'mindmap',
]);

/** Round shape names: Miro has `circle`; MURAL has `circle` and `ellipse`. */
const ROUND_SHAPES: ReadonlySet<string> = new Set(['circle', 'ellipse']);

/**
 * Whether a participant could have placed this item as a dot on a scale: a small round shape, a
 * small round sticky note (MURAL has them; Miro's are square, so none counts there), a small image,
 * or a small item of a kind the platform reads as unsupported (a stamp, an emoji, a MURAL icon).
 */
export function isDot(item: SnapshotItem): boolean {
  const across = Math.max(item.width, item.height);
  if (across > DOT_MAX_SIZE) return false;
  if (item.type === 'shape') return item.shape !== null && ROUND_SHAPES.has(item.shape);
  if (item.type === 'sticky_note') return item.shape === 'circle';
  if (item.type === 'image') return true;
  return !SUPPORTED_TYPES.has(item.type) && !NON_DOT_TYPES.has(item.type);
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
