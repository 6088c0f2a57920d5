/**
 * The sandbox camera. Board points are Miro board coordinates (px, item centres);
 * screen points are CSS px relative to the board view's top-left corner.
 * screen = board × scale + offset.
 */
export type Viewport = { scale: number; offsetX: number; offsetY: number };
export type Point = { x: number; y: number };
export type Size = { width: number; height: number };
export type Bounds = { minX: number; minY: number; maxX: number; maxY: number };

export const MIN_SCALE = 0.01;
export const MAX_SCALE = 4;

export const identityViewport: Viewport = { scale: 1, offsetX: 0, offsetY: 0 };

export function screenPointFrom(board: Point, viewport: Viewport): Point {
  return { x: board.x * viewport.scale + viewport.offsetX, y: board.y * viewport.scale + viewport.offsetY };
}

export function boardPointFrom(screen: Point, viewport: Viewport): Point {
  return { x: (screen.x - viewport.offsetX) / viewport.scale, y: (screen.y - viewport.offsetY) / viewport.scale };
}

export function viewportPannedBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, offsetX: viewport.offsetX + dx, offsetY: viewport.offsetY + dy };
}

/** Zooms by `factor` keeping the board point under `screenAnchor` where it is. */
export function viewportZoomedAt(viewport: Viewport, screenAnchor: Point, factor: number): Viewport {
  const scale = clamp(viewport.scale * factor, MIN_SCALE, MAX_SCALE);
  const anchor = boardPointFrom(screenAnchor, viewport);
  return { scale, offsetX: screenAnchor.x - anchor.x * scale, offsetY: screenAnchor.y - anchor.y * scale };
}

/** Screen px kept clear around fitted content (the sandbox's toolbars float over the board). */
export type Insets = { top: number; right: number; bottom: number; left: number };

export function uniformInsets(padding: number): Insets {
  return { top: padding, right: padding, bottom: padding, left: padding };
}

/** The viewport that shows all of `bounds` centred in `size` minus `insets`, never zoomed past 100%. */
export function viewportFitting(bounds: Bounds, size: Size, insets: Insets = uniformInsets(40)): Viewport {
  const width = Math.max(1, bounds.maxX - bounds.minX);
  const height = Math.max(1, bounds.maxY - bounds.minY);
  const availableWidth = Math.max(1, size.width - insets.left - insets.right);
  const availableHeight = Math.max(1, size.height - insets.top - insets.bottom);
  const scale = clamp(Math.min(availableWidth / width, availableHeight / height), MIN_SCALE, 1);
  const centreX = (bounds.minX + bounds.maxX) / 2;
  const centreY = (bounds.minY + bounds.maxY) / 2;
  return {
    scale,
    offsetX: insets.left + availableWidth / 2 - centreX * scale,
    offsetY: insets.top + availableHeight / 2 - centreY * scale,
  };
}

export function viewportTransform(viewport: Viewport): string {
  return `matrix(${viewport.scale} 0 0 ${viewport.scale} ${viewport.offsetX} ${viewport.offsetY})`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
