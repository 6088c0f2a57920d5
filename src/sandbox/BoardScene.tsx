import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import type { ItemView } from '../index';
import { FrameTitles } from './FrameTitles';
import { isFrame } from './geometry';
import { ItemsLayer, type DragPreview } from './ItemsLayer';
import { viewportTransform, type Size, type Viewport } from './viewport';

const GRID_STEP = 24;

type BoardSceneProps = {
  items: readonly ItemView[];
  viewport: Viewport;
  size: Size;
  drag?: DragPreview | null;
  svgRef?: Ref<SVGSVGElement>;
};

/** The emulated board drawn as SVG: a dotted canvas, the items in board space, frame titles in screen space. */
export function BoardScene({ items, viewport, size, drag = null, svgRef }: BoardSceneProps) {
  const frames = useMemo(() => items.filter(isFrame), [items]);
  const gridShift = `translate(${mod(viewport.offsetX, GRID_STEP)} ${mod(viewport.offsetY, GRID_STEP)})`;
  return (
    <svg
      ref={svgRef}
      class="board-svg"
      width={size.width}
      height={size.height}
      aria-label="Emulated Miro board"
      role="group"
    >
      <defs>
        <pattern id="board-grid" width={GRID_STEP} height={GRID_STEP} patternUnits="userSpaceOnUse" patternTransform={gridShift}>
          <circle cx={1} cy={1} r={1} class="board-grid-dot" />
        </pattern>
      </defs>
      <rect class="board-background" width="100%" height="100%" fill="url(#board-grid)" />
      <g class="board-camera" transform={viewportTransform(viewport)}>
        <ItemsLayer items={items} drag={drag} />
      </g>
      <FrameTitles frames={frames} viewport={viewport} />
    </svg>
  );
}

function mod(value: number, step: number): number {
  return ((value % step) + step) % step;
}
