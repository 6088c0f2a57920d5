import type { ItemView } from '../../index';
import { hexOr } from '../colors';
import { stringProp, styleString } from '../itemProps';
import { ItemGroup } from './ItemGroup';

/** The frame's body; its title is drawn at screen size by FrameTitles, as Miro does. */
export function FrameItem({ item }: { item: ItemView }) {
  const { width, height } = item;
  return (
    <ItemGroup item={item} draggable={false}>
      <title>{stringProp(item, 'title') ?? 'Frame'}</title>
      <rect
        class="frame-body"
        x={-width / 2}
        y={-height / 2}
        width={width}
        height={height}
        fill={hexOr(styleString(item, 'fillColor'), '#ffffff')}
      />
    </ItemGroup>
  );
}
