import type { ItemView } from '../../index';
import { hexOr } from '../colors';
import { stringProp, styleNumber, styleString } from '../itemProps';
import { wrapRichHtml } from '../richText';
import { ItemGroup } from './ItemGroup';
import { horizontalAlignOf, TextBlock } from './TextBlock';

export function TextItem({ item }: { item: ItemView }) {
  const { width, height } = item;
  const fontSize = styleNumber(item, 'fontSize') ?? 14;
  const html = stringProp(item, 'content') ?? '';
  const background = hexOr(styleString(item, 'fillColor'), 'none');
  return (
    <ItemGroup item={item}>
      <rect class="text-hit-area" x={-width / 2} y={-height / 2} width={width} height={height} fill={background} />
      <TextBlock
        lines={wrapRichHtml(html, Math.max(1, width), fontSize)}
        fontSize={fontSize}
        width={width}
        height={height}
        padding={0}
        align={horizontalAlignOf(styleString(item, 'textAlign'), 'left')}
        verticalAlign="top"
        color={hexOr(styleString(item, 'color'), '#1a1a1a')}
      />
    </ItemGroup>
  );
}
