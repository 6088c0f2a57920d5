import type { MuralWidgetRead } from './widgetModel';
import { heightOf } from './widgetModel';

/*
 * Three coordinate spaces meet here; brands keep them apart (excalidraw's GlobalPoint/LocalPoint):
 * - MuralLocal:   a widget's own x, y — its TOP-LEFT, relative to its parent area's top-left
 *                 (or to the mural when it has no parent). What MURAL stores and takes.
 * - MuralAbsolute: a TOP-LEFT in mural coordinates, the parent chain resolved.
 * - BoardCentre:  an item's CENTRE in board (= mural) coordinates: the core's only space.
 */
declare const space: unique symbol;
type Point<S extends string> = { readonly x: number; readonly y: number; readonly [space]: S };

export type MuralLocalPoint = Point<'MuralLocal'>;
export type MuralAbsolutePoint = Point<'MuralAbsolute'>;
export type BoardCentre = Point<'BoardCentre'>;

export const muralLocalPointFrom = (x: number, y: number): MuralLocalPoint => ({ x, y }) as MuralLocalPoint;
export const muralAbsolutePointFrom = (x: number, y: number): MuralAbsolutePoint => ({ x, y }) as MuralAbsolutePoint;
export const boardCentreFrom = (x: number, y: number): BoardCentre => ({ x, y }) as BoardCentre;

/** The top-left of `widget` in mural coordinates: its x, y plus every ancestor area's x, y. */
export function absoluteTopLeftOf(widget: MuralWidgetRead, byId: ReadonlyMap<string, MuralWidgetRead>): MuralAbsolutePoint {
  let x = widget.x;
  let y = widget.y;
  let parentId = widget.parentId;
  const seen = new Set<string>([widget.id]);
  while (parentId !== undefined && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = byId.get(parentId);
    if (!parent) break;
    x += parent.x;
    y += parent.y;
    parentId = parent.parentId;
  }
  return muralAbsolutePointFrom(x, y);
}

/** The centre, in board coordinates, of a widget whose absolute top-left is `topLeft`. */
export function boardCentreOf(widget: MuralWidgetRead, topLeft: MuralAbsolutePoint): BoardCentre {
  return boardCentreFrom(topLeft.x + widget.width / 2, topLeft.y + heightOf(widget) / 2);
}

/**
 * Where a planned item goes inside its area: the plan gives the centre in frame space (relative to the
 * frame's top-left), and the area stands for the frame, so MURAL's x, y are the top-left in that space.
 */
export function muralLocalTopLeftOf(item: { x: number; y: number; width: number; height: number }): MuralLocalPoint {
  return muralLocalPointFrom(item.x - item.width / 2, item.y - item.height / 2);
}

/** A planned frame (centre in layout space) → its area's top-left on the mural, the layout starting at `origin`. */
export function areaTopLeftOf(origin: { x: number; y: number }, frame: { x: number; y: number; width: number; height: number }): MuralAbsolutePoint {
  return muralAbsolutePointFrom(origin.x + frame.x - frame.width / 2, origin.y + frame.y - frame.height / 2);
}
