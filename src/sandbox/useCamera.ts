import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ItemView } from '../index';
import { boardBoundsOf, isFrame } from './geometry';
import { viewportFitting, viewportZoomedAt, type Insets, type Size, type Viewport } from './viewport';

const ZOOM_STEP = 1.25;
/** Clear of the floating toolbar (top) and the status and zoom bars (bottom). */
const FIT_INSETS: Insets = { top: 84, right: 32, bottom: 64, left: 32 };

/**
 * The sandbox camera. It fits the board whenever new frames appear (a build adds them one by
 * one) until the facilitator pans or zooms by hand; after that only "Fit" moves it.
 */
export function useCamera(items: readonly ItemView[], initialSize: Size = { width: 960, height: 640 }) {
  const [size, setSize] = useState(initialSize);
  const [viewport, setViewport] = useState<Viewport>({
    scale: 1,
    offsetX: initialSize.width / 2,
    offsetY: initialSize.height / 2,
  });
  const movedByHandRef = useRef(false);
  const frameCount = items.filter(isFrame).length;

  const fit = useCallback(() => {
    const bounds = boardBoundsOf(items);
    if (bounds) setViewport(viewportFitting(bounds, size, FIT_INSETS));
  }, [items, size]);

  useEffect(() => {
    if (!movedByHandRef.current && frameCount > 0) fit();
    // Deliberately not on every item change: only new frames or a new view size re-fit.
  }, [frameCount, size]);

  const moveByHand = useCallback((next: Viewport) => {
    movedByHandRef.current = true;
    setViewport(next);
  }, []);

  /** Shows these items, as Miro's `viewport.zoomTo` does; the camera then stays where it was put. */
  const showItems = (ids: readonly string[]) => {
    const wanted = new Set(ids);
    const bounds = boardBoundsOf(items.filter((item) => wanted.has(item.id)));
    if (bounds) moveByHand(viewportFitting(bounds, size, FIT_INSETS));
  };

  const zoomBy = (factor: number) =>
    moveByHand(viewportZoomedAt(viewport, { x: size.width / 2, y: size.height / 2 }, factor));

  const sizeRef = useRef(initialSize);
  const resize = useCallback((next: Size) => {
    const previous = sizeRef.current;
    if (previous.width === next.width && previous.height === next.height) return;
    sizeRef.current = next;
    setSize(next);
    // Keep the board point at the centre of the view where it was.
    setViewport((current) => ({
      ...current,
      offsetX: current.offsetX + (next.width - previous.width) / 2,
      offsetY: current.offsetY + (next.height - previous.height) / 2,
    }));
  }, []);

  return {
    size,
    viewport,
    resize,
    moveByHand,
    fit,
    showItems,
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
  };
}
