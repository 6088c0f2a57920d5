import { useEffect, useRef } from 'preact/hooks';
import type { ItemView } from '../index';
import { BoardScene } from './BoardScene';
import { useBoardGestures } from './useBoardGestures';
import type { Point, Size, Viewport } from './viewport';

type BoardViewProps = {
  items: readonly ItemView[];
  viewport: Viewport;
  size: Size;
  onResize: (size: Size) => void;
  onViewportChange: (viewport: Viewport) => void;
  onDrop: (item: ItemView, delta: Point, dropPoint: Point) => boolean;
};

/** The interactive board: measures itself, and turns pointer and wheel input into camera moves and drops. */
export function BoardView({ items, viewport, size, onResize, onViewportChange, onDrop }: BoardViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { drag, handlers } = useBoardGestures({ svgRef, items, viewport, onViewportChange, onDrop });

  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      onResize({ width: container.clientWidth, height: container.clientHeight });
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [onResize]);

  const wheelRef = useRef(handlers.onWheel);
  wheelRef.current = handlers.onWheel;
  // Registered explicitly non-passive so that zooming can cancel the page's own scroll.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const listener = (event: WheelEvent) => wheelRef.current(event);
    svg.addEventListener('wheel', listener, { passive: false });
    return () => svg.removeEventListener('wheel', listener);
  }, []);

  return (
    <div
      ref={containerRef}
      class="board-view"
      onPointerDown={handlers.onPointerDown}
      onPointerMove={handlers.onPointerMove}
      onPointerUp={handlers.onPointerUp}
      onPointerCancel={handlers.onPointerCancel}
    >
      <BoardScene items={items} viewport={viewport} size={size} drag={drag} svgRef={svgRef} />
    </div>
  );
}
