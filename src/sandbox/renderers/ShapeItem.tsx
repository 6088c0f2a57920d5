import type { ItemView } from '../../index';
import { hexOr } from '../colors';
import { stringProp, styleNumber, styleString } from '../itemProps';
import { wrapRichHtml } from '../richText';
import { ItemGroup } from './ItemGroup';
import { horizontalAlignOf, TextBlock, verticalAlignOf } from './TextBlock';

export function ShapeItem({ item }: { item: ItemView }) {
  const { width, height } = item;
  const fontSize = styleNumber(item, 'fontSize') ?? 14;
  const padding = Math.min(8, width / 8);
  const html = stringProp(item, 'content') ?? '';
  const lines = html ? wrapRichHtml(html, Math.max(1, width - 2 * padding), fontSize) : [];
  const paint = {
    fill: hexOr(styleString(item, 'fillColor'), 'none'),
    'fill-opacity': styleNumber(item, 'fillOpacity') ?? 1,
    stroke: hexOr(styleString(item, 'borderColor'), '#1a1a1a'),
    'stroke-opacity': styleNumber(item, 'borderOpacity') ?? 1,
    'stroke-width': styleNumber(item, 'borderWidth') ?? 2,
    'stroke-dasharray': dashesOf(styleString(item, 'borderStyle')),
  };
  return (
    <ItemGroup item={item}>
      <ShapeOutline shape={stringProp(item, 'shape') ?? 'rectangle'} width={width} height={height} paint={paint} />
      <TextBlock
        lines={lines}
        fontSize={fontSize}
        width={width}
        height={height}
        padding={padding}
        align={horizontalAlignOf(styleString(item, 'textAlign'), 'center')}
        verticalAlign={verticalAlignOf(styleString(item, 'textAlignVertical'), 'middle')}
        color={hexOr(styleString(item, 'color'), '#1a1a1a')}
      />
    </ItemGroup>
  );
}

type Paint = Record<string, string | number | undefined>;

function ShapeOutline({ shape, width, height, paint }: { shape: string; width: number; height: number; paint: Paint }) {
  const left = -width / 2;
  const top = -height / 2;
  switch (shape) {
    case 'circle':
    case 'ellipse':
      return <ellipse class="shape-outline" cx={0} cy={0} rx={width / 2} ry={height / 2} {...paint} />;
    case 'round_rectangle': {
      const radius = Math.min(width, height) * 0.15;
      return <rect class="shape-outline" x={left} y={top} width={width} height={height} rx={radius} ry={radius} {...paint} />;
    }
    case 'triangle':
      return <polygon class="shape-outline" points={`0,${top} ${-left},${-top} ${left},${-top}`} {...paint} />;
    case 'rhombus':
      return <polygon class="shape-outline" points={`0,${top} ${-left},0 0,${-top} ${left},0`} {...paint} />;
    default:
      return <rect class="shape-outline" x={left} y={top} width={width} height={height} {...paint} />;
  }
}

function dashesOf(borderStyle: string | undefined): string | undefined {
  if (borderStyle === 'dashed') return '8 6';
  if (borderStyle === 'dotted') return '2 4';
  return undefined;
}
