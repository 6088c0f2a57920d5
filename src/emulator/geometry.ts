/** Board geometry. Every rectangle here is centre-based (`x`, `y` = centre), in board units (dp). */

export type BoardRect = { x: number; y: number; width: number; height: number };

/** Rounding slack so that an item placed exactly on a frame edge still counts as inside. */
const EPSILON = 1e-6;

export function rectLeft(rect: BoardRect): number {
  return rect.x - rect.width / 2;
}

export function rectTop(rect: BoardRect): number {
  return rect.y - rect.height / 2;
}

/** True when `inner` lies entirely inside `outer` (touching the edge counts as inside). */
export function rectContains(outer: BoardRect, inner: BoardRect): boolean {
  return (
    rectLeft(inner) >= rectLeft(outer) - EPSILON &&
    rectTop(inner) >= rectTop(outer) - EPSILON &&
    rectLeft(inner) + inner.width <= rectLeft(outer) + outer.width + EPSILON &&
    rectTop(inner) + inner.height <= rectTop(outer) + outer.height + EPSILON
  );
}

/** True when `point` lies inside `rect` (edges included). */
export function rectHoldsPoint(rect: BoardRect, point: { x: number; y: number }): boolean {
  return Math.abs(point.x - rect.x) <= rect.width / 2 + EPSILON && Math.abs(point.y - rect.y) <= rect.height / 2 + EPSILON;
}

/** True when the rectangles share some area (touching edges do not overlap). */
export function rectsOverlap(a: BoardRect, b: BoardRect): boolean {
  return (
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 - EPSILON &&
    Math.abs(a.y - b.y) < (a.height + b.height) / 2 - EPSILON
  );
}

export function rectInflate(rect: BoardRect, margin: number): BoardRect {
  return { x: rect.x, y: rect.y, width: rect.width + 2 * margin, height: rect.height + 2 * margin };
}

/** Smallest rectangle holding every given rectangle; undefined for none. */
export function rectBounding(rects: readonly BoardRect[]): BoardRect | undefined {
  if (rects.length === 0) return undefined;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const rect of rects) {
    left = Math.min(left, rectLeft(rect));
    top = Math.min(top, rectTop(rect));
    right = Math.max(right, rectLeft(rect) + rect.width);
    bottom = Math.max(bottom, rectTop(rect) + rect.height);
  }
  return { x: (left + right) / 2, y: (top + bottom) / 2, width: right - left, height: bottom - top };
}

/**
 * The free spot nearest to the requested centre: candidates on a grid of half the requested size,
 * visited ring by ring, each checked (with `margin` on every side) against every obstacle.
 * Miro does not document its search; this one is deterministic and never returns an overlap.
 */
export function rectEmptySpaceNear(request: BoardRect, margin: number, obstacles: readonly BoardRect[]): BoardRect {
  const stepX = Math.max(request.width / 2, 10);
  const stepY = Math.max(request.height / 2, 10);
  const isFree = (candidate: BoardRect) => {
    const padded = rectInflate(candidate, margin);
    return obstacles.every((obstacle) => !rectsOverlap(padded, obstacle));
  };
  // Every obstacle is finite, so some ring beyond all of them is free; bound the search anyway.
  const maxRing = 10_000;
  for (let ring = 0; ring <= maxRing; ring++) {
    const ringCandidates: BoardRect[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        ringCandidates.push({ ...request, x: request.x + i * stepX, y: request.y + j * stepY });
      }
    }
    ringCandidates.sort((a, b) => distanceSquared(a, request) - distanceSquared(b, request));
    const free = ringCandidates.find(isFree);
    if (free) return free;
  }
  throw new Error('findEmptySpace: no empty space found near the requested position');
}

function distanceSquared(a: BoardRect, b: BoardRect): number {
  return (a.x - b.x) ** 2 + (a.y - b.y) ** 2;
}
