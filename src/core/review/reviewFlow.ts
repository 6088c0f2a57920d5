import { even, type Box } from '../layout/geometry';
import { plainText, richHtml, textAt, type RichLine } from '../layout/items';
import { FONT } from '../layout/style';
import type { PlannedItem } from '../plan';
import { estimateTextHeight } from '../textMetrics';
import { BOARD_CONTENT_MAX, type Entry } from './fitText';

/** One section as the flow places it: a heading, an optional chart, then text units that each stay whole. */
export type FlowSection = {
  /** Key base, e.g. `review/generated/okrs`: `<base>/heading`, `<base>/body`, `<base>/body/2`, …, `<base>/chart/…`. */
  keyBase: string;
  title: string;
  lead: readonly RichLine[];
  entries: readonly Entry[];
  /** How many things each entry counts for in "+N more" (a line of check-out words); 1 each by default. */
  weights?: readonly number[];
  tail: readonly RichLine[];
  /** Shown instead of the entries when there are none. */
  empty: readonly RichLine[];
  /** Drawn under the heading, `height` tall. */
  chart?: { height: number; draw: (box: Box) => PlannedItem[] };
};

export type FlowStyle = { fontSize: number; color: string };

const HEADING_GAP = 8;
const SECTION_GAP = 40;
const CHART_GAP = 16;

const headingHeight = (title: string, width: number) => even(estimateTextHeight(title, FONT.subheading, width));
const textHeight = (lines: readonly RichLine[], style: FlowStyle, width: number) => even(estimateTextHeight(plainText(lines), style.fontSize, width));
const moreLine = (hidden: number): RichLine => ({ em: `+${hidden} more (complete in the Markdown export)` });

/** The units of a section's text, each kept whole in one column, with at most `cap` entries. */
function unitsOf(section: FlowSection, cap: number): RichLine[][] {
  const units: RichLine[][] = [];
  if (section.lead.length > 0) units.push([...section.lead]);
  if (section.entries.length === 0) units.push([...section.empty]);
  units.push(...section.entries.slice(0, cap).map((entry) => [...entry]));
  if (section.entries.length > cap) {
    const hidden = section.entries.slice(cap).reduce((sum, _, index) => sum + (section.weights?.[cap + index] ?? 1), 0);
    units.push([moreLine(hidden)]);
  }
  if (section.tail.length > 0) units.push([...section.tail]);
  return units;
}

/**
 * Places the sections in reading order down the columns, moving to the next column when a unit
 * does not fit (a section's text then continues there, under "… (continued)"). Returns the items
 * and whether everything found room; nothing placed ever leaves its column.
 */
export function flowSections(sections: readonly FlowSection[], columns: readonly Box[], style: FlowStyle, cap = Infinity): { items: PlannedItem[]; complete: boolean } {
  const items: PlannedItem[] = [];
  let column = 0;
  let y = columns[0]?.top ?? 0;
  const current = () => columns[column];
  const room = () => (current() ? current()!.top + current()!.height - y : 0);
  const nextColumn = () => {
    column++;
    y = current()?.top ?? 0;
    return current() !== undefined;
  };
  const fits = (lines: readonly RichLine[]) => textHeight(lines, style, current()!.width) <= room() && richHtml(lines).length <= BOARD_CONTENT_MAX;

  for (const section of sections) {
    if (!current()) return { items, complete: false };
    const units = unitsOf(section, cap);
    const heading = headingHeight(section.title, current()!.width) + HEADING_GAP;
    // A heading never stands alone at a column's foot: it goes with its chart or its first unit.
    const first = section.chart ? CHART_GAP + section.chart.height : textHeight(units[0] ?? [], style, current()!.width);
    if (room() < heading + first && y !== current()!.top && !nextColumn()) return { items, complete: false };
    items.push(textAt(`${section.keyBase}/heading`, [{ strong: section.title }], current()!.left, y, current()!.width, { fontSize: FONT.subheading }));
    y += heading;
    if (section.chart) {
      // The chart comes first, under the heading: the section's text may then run on into the next column.
      if (room() < section.chart.height) return { items, complete: false };
      items.push(...section.chart.draw({ left: current()!.left, top: y, width: current()!.width, height: section.chart.height }));
      y += section.chart.height + CHART_GAP;
    }
    let chunk: RichLine[] = [];
    let part = 1;
    const emit = () => {
      if (chunk.length === 0) return;
      const key = `${section.keyBase}/body${part === 1 ? '' : `/${part}`}`;
      const text = textAt(key, chunk, current()!.left, y, current()!.width, { fontSize: style.fontSize, color: style.color });
      items.push(text);
      y += text.height;
      chunk = [];
      part++;
    };
    for (const unit of units) {
      if (fits([...chunk, ...unit])) {
        chunk.push(...unit);
        continue;
      }
      emit();
      if (!nextColumn()) return { items, complete: false };
      const continued: RichLine[] = [{ strong: `${section.title} (continued)` }, ...unit];
      if (!fits(continued)) return { items, complete: false };
      chunk = continued;
    }
    emit();
    y += SECTION_GAP;
  }
  return { items, complete: true };
}

/**
 * Everything when it fits; otherwise the fewest cuts that make it fit: the longest lists are cut to
 * the same number of entries, each ending "+N more (complete in the Markdown export)".
 */
export function flowReview(sections: readonly FlowSection[], columns: readonly Box[], style: FlowStyle): PlannedItem[] {
  const full = flowSections(sections, columns, style);
  if (full.complete) return full.items;
  // Fewer entries never take more room, so the largest cap that fits is found by bisection.
  let [low, high] = [0, Math.max(0, ...sections.map((section) => section.entries.length)) - 1];
  let best = flowSections(sections, columns, style, 0);
  if (!best.complete) return best.items;
  while (low < high) {
    const cap = Math.ceil((low + high) / 2);
    const attempt = flowSections(sections, columns, style, cap);
    if (attempt.complete) [low, best] = [cap, attempt];
    else high = cap - 1;
  }
  return best.items;
}
