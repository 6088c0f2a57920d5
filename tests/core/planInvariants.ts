import { plainTextFromHtml } from '../../src/core/html';
import type { BoardPlan, PlannedFrame, PlannedItem } from '../../src/core/plan';
import { estimateTextHeight } from '../../src/core/textMetrics';

/**
 * Layout invariants of a board plan, written independently of the layout code so that they can
 * catch its mistakes. `planViolations` returns a readable list; an empty list means the plan holds.
 */

export type Rect = { left: number; top: number; right: number; bottom: number };

export const MIN_FRAME_GAP = 200;
export const ALLOWED_TAGS = new Set(['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br']);
export const STICKY_COLORS = new Set([
  'gray', 'light_yellow', 'yellow', 'orange', 'light_green', 'green', 'dark_green', 'cyan',
  'light_pink', 'pink', 'violet', 'red', 'light_blue', 'blue', 'dark_blue', 'black',
]);
const HEX = /^#[0-9a-f]{6}$/i;

export function rectOf(item: { x: number; y: number; width: number; height: number }): Rect {
  return { left: item.x - item.width / 2, top: item.y - item.height / 2, right: item.x + item.width / 2, bottom: item.y + item.height / 2 };
}
export function contains(outer: Rect, inner: Rect): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
export function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\s*\/?\s*([a-z0-9]+)/gi)].map((match) => (match[1] ?? '').toLowerCase());
}
export const isArea = (item: PlannedItem) => item.key.includes('/area/');
export const isBucket = (item: PlannedItem) => /\/bucket\/\d$/.test(item.key);
export const isPaletteDot = (item: PlannedItem) => /^keyMetrics\/palette\/[^/]+\/dot\//.test(item.key);
export function allItems(plan: BoardPlan): Array<{ frame: PlannedFrame; item: PlannedItem }> {
  return plan.frames.flatMap((frame) => frame.items.map((item) => ({ frame, item })));
}
function isLight(hex: string): boolean {
  const value = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 200;
}

function frameViolations(plan: BoardPlan): string[] {
  const out: string[] = [];
  const bounds: Rect = { left: 0, top: 0, right: plan.width, bottom: plan.height };
  plan.frames.forEach((frame, i) => {
    const a = rectOf(frame);
    if (![frame.x, frame.y, frame.width, frame.height].every(Number.isInteger)) out.push(`${frame.activity}: non-integer frame geometry`);
    if (!contains(bounds, a)) out.push(`${frame.activity}: frame outside the layout`);
    if (!HEX.test(frame.fillColor)) out.push(`${frame.activity}: frame fill ${frame.fillColor} is not hex`);
    for (const other of plan.frames.slice(i + 1)) {
      const b = rectOf(other);
      const gapX = Math.max(b.left - a.right, a.left - b.right);
      const gapY = Math.max(b.top - a.bottom, a.top - b.bottom);
      if (Math.max(gapX, gapY) < MIN_FRAME_GAP) out.push(`${frame.activity} and ${other.activity} are closer than ${MIN_FRAME_GAP}px`);
    }
  });
  return out;
}

function itemViolations(frame: PlannedFrame, item: PlannedItem): string[] {
  const out: string[] = [];
  const where = `${item.key}`;
  if (![item.x, item.y, item.width, item.height].every(Number.isInteger)) out.push(`${where}: non-integer geometry`);
  if (!contains({ left: 0, top: 0, right: frame.width, bottom: frame.height }, rectOf(item))) out.push(`${where}: outside its frame`);
  if (item.content.length >= 6000) out.push(`${where}: content too long`);
  if (/<\s*script/i.test(item.content)) out.push(`${where}: raw <script in content`);
  const badTags = tagsOf(item.content).filter((tag) => !ALLOWED_TAGS.has(tag));
  if (badTags.length > 0) out.push(`${where}: disallowed tags ${badTags.join(',')}`);
  if (item.kind === 'sticky') {
    if (!STICKY_COLORS.has(item.color)) out.push(`${where}: sticky colour ${item.color} is not a named colour`);
    if (item.shape === 'square' && item.height !== Math.round((item.width * 228) / 199)) out.push(`${where}: square sticky height`);
  } else {
    const colours = item.kind === 'shape' ? [item.fillColor, item.borderColor, item.color] : [item.color];
    if (!colours.every((colour) => HEX.test(colour))) out.push(`${where}: colour not hex`);
    const minFont = item.key.endsWith('/title') && item.kind === 'text' && item.key.split('/').length === 2 ? 40 : isBucket(item) ? 14 : 18;
    if (item.content !== '' && item.fontSize < minFont) out.push(`${where}: font ${item.fontSize} < ${minFont}`);
  }
  if (item.kind === 'text') {
    const estimate = estimateTextHeight(plainTextFromHtml(item.content), item.fontSize, item.width);
    if (item.height < estimate) out.push(`${where}: height ${item.height} below the text estimate ${estimate}`);
  }
  if (isArea(item)) {
    if (item.kind !== 'shape' || item.shape !== 'rectangle') out.push(`${where}: area is not a rectangle shape`);
    else {
      if (item.textAlignVertical !== 'top') out.push(`${where}: area label not at the top`);
      if (!isLight(item.fillColor)) out.push(`${where}: area fill not light`);
      if (item.borderWidth <= 0 || item.borderColor.toLowerCase() === item.fillColor.toLowerCase()) out.push(`${where}: area border invisible`);
    }
  }
  return out;
}

function overlapViolations(frame: PlannedFrame): string[] {
  const out: string[] = [];
  const areas = frame.items.filter(isArea);
  const others = frame.items.filter((item) => !isArea(item));
  areas.forEach((area, i) => {
    for (const other of areas.slice(i + 1)) if (intersects(rectOf(area), rectOf(other))) out.push(`${area.key} overlaps ${other.key}`);
  });
  others.forEach((item, i) => {
    const rect = rectOf(item);
    for (const other of others.slice(i + 1)) if (intersects(rect, rectOf(other))) out.push(`${item.key} overlaps ${other.key}`);
    for (const area of areas) {
      const a = rectOf(area);
      if (intersects(rect, a) && !contains(a, rect)) out.push(`${item.key} sticks out of ${area.key}`);
    }
  });
  const buckets = frame.items.filter(isBucket);
  for (const dot of frame.items.filter(isPaletteDot)) {
    for (const bucket of buckets) if (intersects(rectOf(dot), rectOf(bucket))) out.push(`${dot.key} lies in ${bucket.key}`);
  }
  return out;
}

/** Every invariant the brief asks of a plan; the empty list means none is broken. */
export function planViolations(plan: BoardPlan): string[] {
  const out = frameViolations(plan);
  const seen = new Set<string>();
  for (const { frame, item } of allItems(plan)) {
    if (seen.has(item.key)) out.push(`duplicate key ${item.key}`);
    seen.add(item.key);
    out.push(...itemViolations(frame, item));
  }
  for (const frame of plan.frames) out.push(...overlapViolations(frame));
  return out;
}
