import type { Box, CentredRect } from '../layout/geometry';

/**
 * The first place, row by row from the top-left of `region`, where a `size` rectangle keeps `gap`
 * from every obstacle; its centre, or undefined when the region is full. All in one space (px).
 */
export function freeSlot(
  region: Box,
  obstacles: readonly CentredRect[],
  size: { width: number; height: number },
  gap: number,
): { x: number; y: number } | undefined {
  const step = { x: size.width + gap, y: size.height + gap };
  const columns = Math.floor((region.width + gap) / step.x);
  const rows = Math.floor((region.height + gap) / step.y);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const candidate = {
        x: region.left + column * step.x + size.width / 2,
        y: region.top + row * step.y + size.height / 2,
        width: size.width,
        height: size.height,
      };
      if (!obstacles.some((obstacle) => closerThan(candidate, obstacle, gap))) return { x: candidate.x, y: candidate.y };
    }
  }
  return undefined;
}

/** Whether two rectangles overlap or come within `gap` of each other. */
export function closerThan(a: CentredRect, b: CentredRect, gap: number): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;
}
