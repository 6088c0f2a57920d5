import { escapeHtml, htmlParagraphs } from '../html';
import type { PlannedItem, PlannedShape, PlannedSticky, PlannedText, StickyColor } from '../plan';
import { estimateTextHeight } from '../textMetrics';
import type { AreaText } from '../workshop/areas';
import { centredFromBox, even, type Box } from './geometry';
import { AREA_INSET, COLOR, FONT } from './style';

/** A line of board text: plain, bold or italic. Text is plain and gets escaped here. */
export type RichLine = string | { readonly strong: string } | { readonly em: string };

/** A laid-out group of items; item positions are relative to the block's top-left (0, 0). */
export type Block = { width: number; height: number; items: PlannedItem[] };

/** Miro HTML for rich lines: one `<p>` per line, text escaped. */
export function richHtml(lines: readonly RichLine[]): string {
  return lines
    .map((line) => {
      if (typeof line === 'string') return htmlParagraphs([line]);
      if ('strong' in line) return `<p><strong>${escapeHtml(line.strong)}</strong></p>`;
      return `<p><em>${escapeHtml(line.em)}</em></p>`;
    })
    .join('');
}

/** The plain text of rich lines, one line per paragraph (what Miro will wrap). */
export function plainText(lines: readonly RichLine[]): string {
  return lines.map((line) => (typeof line === 'string' ? line : 'strong' in line ? line.strong : line.em)).join('\n');
}

type TextOptions = { fontSize: number; color?: string; textAlign?: PlannedText['textAlign'] };

/** A text item whose top-left is (left, top); its height is the honest estimate for its text. */
export function textAt(
  key: string,
  lines: readonly RichLine[],
  left: number,
  top: number,
  width: number,
  options: TextOptions,
): PlannedText {
  const height = even(estimateTextHeight(plainText(lines), options.fontSize, width));
  return {
    kind: 'text',
    key,
    ...centredFromBox({ left, top, width, height }),
    content: richHtml(lines),
    fontSize: options.fontSize,
    color: options.color ?? COLOR.text,
    textAlign: options.textAlign ?? 'left',
  };
}

/** Whether a role key names an area (`<activity>/area/<area>`). */
export function isAreaKey(key: string): boolean {
  return key.includes('/area/');
}

/** Height of an area's label and hint, from the area's top edge to where its free space begins. */
export function areaHeaderHeight(text: AreaText, width: number): number {
  const textHeight = estimateTextHeight(`${text.label}\n${text.hint}`, FONT.area, width - 2 * AREA_INSET);
  return even(AREA_INSET + textHeight + 16);
}

/** An area: a light rectangle with its label at the top, for participants' stickies. */
export function areaAt(key: string, box: Box, text: AreaText): PlannedShape {
  return {
    kind: 'shape',
    key,
    ...centredFromBox(box),
    shape: 'rectangle',
    content: richHtml([{ strong: text.label }, text.hint]),
    fillColor: COLOR.areaFill,
    borderColor: COLOR.areaBorder,
    borderWidth: 2,
    fontSize: FONT.area,
    color: COLOR.text,
    textAlign: 'left',
    textAlignVertical: 'top',
  };
}

/** Height Miro gives a square sticky note of this width. */
export function squareStickyHeight(width: number): number {
  return Math.round((width * 228) / 199);
}

/** A square sticky note whose top-left is (left, top). Pick widths that give an even height. */
export function stickyAt(
  key: string,
  lines: readonly string[],
  left: number,
  top: number,
  width: number,
  color: StickyColor,
): PlannedSticky {
  return {
    kind: 'sticky',
    key,
    ...centredFromBox({ left, top, width, height: squareStickyHeight(width) }),
    content: htmlParagraphs(lines),
    color,
    shape: 'square',
  };
}

/** A bucket of a metric scale: a shape whose content is exactly its label, dots go below it. */
export function bucketAt(key: string, label: string, box: Box): PlannedShape {
  return {
    kind: 'shape',
    key,
    ...centredFromBox(box),
    shape: 'rectangle',
    content: htmlParagraphs([label]),
    fillColor: COLOR.bucketFill,
    borderColor: COLOR.bucketBorder,
    borderWidth: 2,
    fontSize: FONT.bucket,
    color: COLOR.text,
    textAlign: 'center',
    textAlignVertical: 'top',
  };
}

/**
 * A ready-made voting dot: an empty circle of one horizon's colour. Participants drag it away,
 * so it is `consumable`: a re-run never recreates or moves it back.
 */
export function dotAt(key: string, left: number, top: number, size: number, color: string): PlannedShape {
  return {
    kind: 'shape',
    key,
    consumable: true,
    ...centredFromBox({ left, top, width: size, height: size }),
    shape: 'circle',
    content: '',
    fillColor: color,
    borderColor: color,
    borderWidth: 1,
    fontSize: FONT.dot,
    color: COLOR.text,
    textAlign: 'center',
    textAlignVertical: 'middle',
  };
}

/** The items moved by (dx, dy). */
export function translate(items: readonly PlannedItem[], dx: number, dy: number): PlannedItem[] {
  return items.map((item) => ({ ...item, x: item.x + dx, y: item.y + dy }));
}

/** The lowest bottom edge among items, or 0 for none. */
export function itemsBottom(items: readonly PlannedItem[]): number {
  return items.reduce((bottom, item) => Math.max(bottom, item.y + item.height / 2), 0);
}
