import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemView } from '../index';
import { isConnector, isFrame } from './geometry';
import type { DragPreview } from './ItemsLayer';
import { boardPointFrom, viewportPannedBy, viewportZoomedAt, type Point, type Viewport } from './viewport';

/** Screen px a press must travel before it counts as a drag rather than a click. */
const DRAG_THRESHOLD = 3;

type Gesture =
  | { kind: 'pan'; last: Point }
  | { kind: 'drag'; item: ItemView; start: Point; moved: boolean };

type GestureOptions = {
  svgRef: RefObject<SVGSVGElement>;
  items: readonly ItemView[];
  viewport: Viewport;
  onViewportChange: (viewport: Viewport) => void;
  /** Applies the drop to the board; false when the board refused it. */
  onDrop: (item: ItemView, delta: Point, dropPoint: Point) => boolean;
};

/** Pointer and wheel handling for the board: drag the background to pan, drag an item to move it, wheel to zoom. */
export function useBoardGestures({ svgRef, items, viewport, onViewportChange, onDrop }: GestureOptions) {
  const gestureRef = useRef<Gesture | null>(null);
  const [drag, setDrag] = useState<DragPreview | null>(null);
  const awaitingBoardRef = useRef(false);

  // The preview stays until the board reports the move, so the item does not jump back for a frame.
  useEffect(() => {
    if (!awaitingBoardRef.current) return;
    awaitingBoardRef.current = false;
    setDrag(null);
  }, [items]);

  const localPoint = (event: { clientX: number; clientY: number }): Point => {
    const rect = svgRef.current?.getBoundingClientRect();
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const target = (event.target as Element | null)?.closest?.('[data-item-id]');
    const item = target ? items.find((candidate) => candidate.id === target.getAttribute('data-item-id')) : undefined;
    const point = localPoint(event);
    // Frames and connectors act as background: in Miro you move them by their title or ends.
    gestureRef.current =
      item && !isFrame(item) && !isConnector(item)
        ? { kind: 'drag', item, start: point, moved: false }
        : { kind: 'pan', last: point };
    svgRef.current?.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent) => {
    const gesture = gestureRef.current;
    if (!gesture) return;
    const point = localPoint(event);
    if (gesture.kind === 'pan') {
      onViewportChange(viewportPannedBy(viewport, point.x - gesture.last.x, point.y - gesture.last.y));
      gesture.last = point;
      return;
    }
    const dx = point.x - gesture.start.x;
    const dy = point.y - gesture.start.y;
    if (!gesture.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    gesture.moved = true;
    setDrag({ itemId: gesture.item.id, dx: dx / viewport.scale, dy: dy / viewport.scale });
  };

  const onPointerUp = (event: PointerEvent) => {
    const gesture = gestureRef.current;
    gestureRef.current = null;
    svgRef.current?.releasePointerCapture?.(event.pointerId);
    if (gesture?.kind !== 'drag' || !gesture.moved) return;
    const point = localPoint(event);
    const delta = { x: (point.x - gesture.start.x) / viewport.scale, y: (point.y - gesture.start.y) / viewport.scale };
    if (onDrop(gesture.item, delta, boardPointFrom(point, viewport))) awaitingBoardRef.current = true;
    else setDrag(null);
  };

  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    onViewportChange(viewportZoomedAt(viewport, localPoint(event), Math.exp(-pixels * 0.0015)));
  };

  return { drag, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onWheel } };
}
