import type { RichTextLine, Run } from '../richText';
import { LINE_HEIGHT } from '../textLayout';

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

type TextBlockProps = {
  /** Wrapped lines of styled runs (`wrapRichHtml`, or `plainRuns` for plain text). */
  lines: readonly RichTextLine[];
  fontSize: number;
  /** The box the text sits in, centred on the item's origin. */
  width: number;
  height: number;
  padding: number;
  align: HorizontalAlign;
  verticalAlign: VerticalAlign;
  color: string;
};

const ANCHORS = { left: 'start', center: 'middle', right: 'end' } as const;

function decorationOf(run: Run): string | undefined {
  const lines = [run.underline ? 'underline' : '', run.strike ? 'line-through' : ''].filter((part) => part !== '');
  return lines.length > 0 ? lines.join(' ') : undefined;
}

/** Lines of wrapped, styled text inside an item's box (item-local coordinates, origin at the centre): bold, italic, underline, strike-through. */
export function TextBlock(props: TextBlockProps) {
  const { lines, fontSize, width, height, padding, align, verticalAlign, color } = props;
  if (lines.every((line) => line.length === 0)) return null;
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
      fill={color}
      text-anchor={ANCHORS[align]}
    >
      {lines.map((line, index) => (
        <tspan class="board-line" key={index} x={x} y={firstBaseline + index * lineHeight}>
          {line.map((run, runIndex) => (
            <tspan
              key={runIndex}
              font-weight={run.bold ? 700 : undefined}
              font-style={run.italic ? 'italic' : undefined}
              text-decoration={decorationOf(run)}
            >
              {run.text}
            </tspan>
          ))}
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
