import type { ItemView } from '../../index';
import { plainTextFromHtml } from '../../core/html';
import { stickyFill, stickyTextColor } from '../colors';
import { stringProp, styleString } from '../itemProps';
import { plainRuns } from '../richText';
import { fitText } from '../textLayout';
import { ItemGroup } from './ItemGroup';
import { horizontalAlignOf, TextBlock, verticalAlignOf } from './TextBlock';

export function StickyNoteItem({ item }: { item: ItemView }) {
  const { width, height } = item;
  const color = styleString(item, 'fillColor');
  const padding = Math.max(4, width * 0.08);
  const text = plainTextFromHtml(stringProp(item, 'content') ?? '');
  const fitted = fitText(text, width - 2 * padding, height - 2 * padding, Math.max(8, Math.round(width / 7)));
  return (
    <ItemGroup item={item}>
      <rect class="sticky-shadow" x={-width / 2 + 1} y={-height / 2 + 3} width={width} height={height} />
      <rect x={-width / 2} y={-height / 2} width={width} height={height} fill={stickyFill(color)} />
      <TextBlock
        lines={plainRuns(fitted.lines)}
        fontSize={fitted.fontSize}
        width={width}
        height={height}
        padding={padding}
        align={horizontalAlignOf(styleString(item, 'textAlign'), 'center')}
        verticalAlign={verticalAlignOf(styleString(item, 'textAlignVertical'), 'middle')}
        color={stickyTextColor(color)}
      />
    </ItemGroup>
  );
}
