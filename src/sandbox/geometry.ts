import type { ItemView } from '../index';
import type { ConnectorEnd } from './itemProps';
import type { Bounds, Point } from './viewport';

/** An item's box in board coordinates (centre and size). */
export type BoardBox = { cx: number; cy: number; width: number; height: number };

export function boardBoxOf(item: ItemView): BoardBox {
  return { cx: item.boardX, cy: item.boardY, width: item.width, height: item.height };
}

export function isFrame(item: ItemView): boolean {
  return item.type === 'frame';
}

export function isConnector(item: ItemView): boolean {
  return item.type === 'connector';
}

/** Bounds of every positioned item (connectors have no box of their own); null for an empty board. */
export function boardBoundsOf(items: readonly ItemView[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const item of items) {
    if (isConnector(item) || !(item.width > 0 && item.height > 0)) continue;
    const minX = item.boardX - item.width / 2;
    const minY = item.boardY - item.height / 2;
    const maxX = item.boardX + item.width / 2;
    const maxY = item.boardY + item.height / 2;
    bounds = bounds
      ? {
          minX: Math.min(bounds.minX, minX),
          minY: Math.min(bounds.minY, minY),
          maxX: Math.max(bounds.maxX, maxX),
          maxY: Math.max(bounds.maxY, maxY),
        }
      : { minX, minY, maxX, maxY };
  }
  return bounds;
}

export function boxContains(box: BoardBox, point: Point): boolean {
  return Math.abs(point.x - box.cx) <= box.width / 2 && Math.abs(point.y - box.cy) <= box.height / 2;
}

/** The innermost (smallest) frame whose box contains the board point, if any. */
export function frameAt(items: readonly ItemView[], point: Point, excludeId?: string): ItemView | null {
  let best: ItemView | null = null;
  for (const item of items) {
    if (!isFrame(item) || item.id === excludeId || !boxContains(boardBoxOf(item), point)) continue;
    if (!best || item.width * item.height < best.width * best.height) best = item;
  }
  return best;
}

/**
 * Where a connector meets an item, in board coordinates: an explicit `position` (relative to the
 * box), the middle of a `snapTo` side, or otherwise where the line towards `towards` leaves the box
 * (its outline for circles).
 */
export function connectorEndPoint(box: BoardBox, end: ConnectorEnd | null, towards: Point, round: boolean): Point {
  const left = box.cx - box.width / 2;
  const top = box.cy - box.height / 2;
  if (end?.position) return { x: left + end.position.x * box.width, y: top + end.position.y * box.height };
  switch (end?.snapTo) {
    case 'top':
      return { x: box.cx, y: top };
    case 'bottom':
      return { x: box.cx, y: top + box.height };
    case 'left':
      return { x: left, y: box.cy };
    case 'right':
      return { x: left + box.width, y: box.cy };
    default:
      return round ? ellipseExitPoint(box, towards) : boxExitPoint(box, towards);
  }
}

function boxExitPoint(box: BoardBox, towards: Point): Point {
  const dx = towards.x - box.cx;
  const dy = towards.y - box.cy;
  if (dx === 0 && dy === 0) return { x: box.cx, y: box.cy };
  const scaleX = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const t = Math.min(scaleX, scaleY, 1);
  return { x: box.cx + dx * t, y: box.cy + dy * t };
}

function ellipseExitPoint(box: BoardBox, towards: Point): Point {
  const dx = towards.x - box.cx;
  const dy = towards.y - box.cy;
  const rx = box.width / 2;
  const ry = box.height / 2;
  const norm = Math.sqrt((dx * dx) / (rx * rx) + (dy * dy) / (ry * ry));
  if (norm === 0) return { x: box.cx, y: box.cy };
  const t = Math.min(1, 1 / norm);
  return { x: box.cx + dx * t, y: box.cy + dy * t };
}
