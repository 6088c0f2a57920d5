/**
 * Rectangles for layout arithmetic. The layout works with top-left boxes and turns them into
 * Miro's centre points only when it emits items; all values are board pixels.
 */

/** A rectangle by its top-left corner; the space (frame or layout) is the caller's. */
export type Box = { left: number; top: number; width: number; height: number };

/** A rectangle by its centre, like a planned item (`x`,`y` centre; frame space for items). */
export type CentredRect = { x: number; y: number; width: number; height: number };

/** Rounds up to an even number, so that `left + width / 2` stays an integer. */
export function even(value: number): number {
  return Math.ceil(value / 2) * 2;
}

/** The centred form of a box. */
export function centredFromBox(box: Box): CentredRect {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2, width: box.width, height: box.height };
}

/** The box form of a centred rectangle. */
export function boxFromCentred(rect: CentredRect): Box {
  return { left: rect.x - rect.width / 2, top: rect.y - rect.height / 2, width: rect.width, height: rect.height };
}

/** The bottom edge of a centred rectangle. */
export function bottomOf(rect: CentredRect): number {
  return rect.y + rect.height / 2;
}

/** Cell `index` (0-based, row-major) of a grid starting at (0, 0). */
export function gridCell(index: number, columns: number, cellWidth: number, cellHeight: number, gap: number): Box {
  return {
    left: (index % columns) * (cellWidth + gap),
    top: Math.floor(index / columns) * (cellHeight + gap),
    width: cellWidth,
    height: cellHeight,
  };
}

/** Width or height of `count` cells of `size` separated by `gap`. */
export function spanOf(count: number, size: number, gap: number): number {
  return count <= 0 ? 0 : count * size + (count - 1) * gap;
}
