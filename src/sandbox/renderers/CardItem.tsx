import type { ItemView } from '../../index';
import { plainTextFromHtml } from '../../core/html';
import { hexOr } from '../colors';
import { stringProp, styleString } from '../itemProps';
import { plainRuns } from '../richText';
import { wrapText } from '../textLayout';
import { ItemGroup } from './ItemGroup';
import { TextBlock } from './TextBlock';

export function CardItem({ item }: { item: ItemView }) {
  const { width, height } = item;
  const padding = 12;
  const title = plainTextFromHtml(stringProp(item, 'title') ?? '');
  const description = plainTextFromHtml(stringProp(item, 'description') ?? '');
  const titleLines = wrapText(title, width - 2 * padding, 14).slice(0, 3);
  return (
    <ItemGroup item={item}>
      <rect class="card-body" x={-width / 2} y={-height / 2} width={width} height={height} rx={4} />
      <rect x={-width / 2} y={-height / 2} width={4} height={height} fill={hexOr(styleString(item, 'cardTheme'), '#2d9bf0')} />
      <TextBlock
        lines={plainRuns([...titleLines, ...wrapText(description, width - 2 * padding, 12).slice(0, 2)])}
        fontSize={13}
        width={width}
        height={height}
        padding={padding}
        align="left"
        verticalAlign="top"
        color="#1a1a1a"
      />
    </ItemGroup>
  );
}
