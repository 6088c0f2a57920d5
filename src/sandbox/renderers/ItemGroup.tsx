import type { ComponentChildren } from 'preact';
import type { ItemView } from '../../index';

type ItemGroupProps = { item: ItemView; children: ComponentChildren; draggable?: boolean };

/** Every rendered item is one `<g>` at its ABSOLUTE board centre, tagged for tests and drag. */
export function ItemGroup({ item, children, draggable = true }: ItemGroupProps) {
  return (
    <g
      class={draggable ? 'board-item board-item-draggable' : 'board-item'}
      data-item-id={item.id}
      data-item-type={item.type}
      transform={`translate(${round(item.boardX)} ${round(item.boardY)})`}
    >
      {children}
    </g>
  );
}

/** Keeps attribute strings short and stable (float noise from frame-relative maths). */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
