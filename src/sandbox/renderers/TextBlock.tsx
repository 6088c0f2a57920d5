import { LINE_HEIGHT } from '../textLayout';

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

type TextBlockProps = {
  lines: readonly string[];
  fontSize: number;
  /** The box the text sits in, centred on the item's origin. */
  width: number;
  height: number;
  padding: number;
  align: HorizontalAlign;
  verticalAlign: VerticalAlign;
  color: string;
  bold?: boolean;
};

const ANCHORS = { left: 'start', center: 'middle', right: 'end' } as const;

/** Lines of wrapped text inside an item's box (item-local coordinates, origin at the centre). */
export function TextBlock(props: TextBlockProps) {
  const { lines, fontSize, width, height, padding, align, verticalAlign, color, bold } = props;
  if (lines.length === 0 || (lines.length === 1 && lines[0] === '')) return null;
  const lineHeight = fontSize * LINE_HEIGHT;
  const blockHeight = lines.length * lineHeight;
  const innerTop = -height / 2 + padding;
  const innerBottom = height / 2 - padding;
  const top =
    verticalAlign === 'top'
      ? innerTop
      : verticalAlign === 'bottom'
        ? innerBottom - blockHeight
        : -blockHeight / 2;
  const x = align === 'left' ? -width / 2 + padding : align === 'right' ? width / 2 - padding : 0;
  const firstBaseline = top + (lineHeight - fontSize) / 2 + fontSize * 0.8;
  return (
    <text
      class="board-text"
      font-size={fontSize}
      font-weight={bold ? 600 : 400}
      fill={color}
      text-anchor={ANCHORS[align]}
    >
      {lines.map((line, index) => (
        <tspan key={index} x={x} y={firstBaseline + index * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function horizontalAlignOf(value: string | undefined, fallback: HorizontalAlign): HorizontalAlign {
  return value === 'left' || value === 'center' || value === 'right' ? value : fallback;
}

export function verticalAlignOf(value: string | undefined, fallback: VerticalAlign): VerticalAlign {
  return value === 'top' || value === 'middle' || value === 'bottom' ? value : fallback;
}
