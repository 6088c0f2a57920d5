import { describe, expect, test } from 'vitest';
import type { Box } from '../../src/core/layout/geometry';
import type { RichLine } from '../../src/core/layout/items';
import type { PlannedItem } from '../../src/core/plan';
import { flowReview, type FlowSection } from '../../src/core/review/reviewFlow';

const COLUMNS: Box[] = [0, 1, 2].map((column) => ({ left: column * 950, top: 0, width: 900, height: 1700 }));
const STYLE = { fontSize: 26, color: '#1a1a1a' };

const section = (name: string, count: number, line = `a note of about fifty characters, in ${name}`): FlowSection => ({
  keyBase: `review/generated/${name}`,
  title: name,
  lead: [],
  entries: Array.from({ length: count }, (_, i): RichLine[] => [`• ${i} ${line}`]),
  tail: [],
  empty: [{ em: 'Nothing captured yet.' }],
});

const textOf = (items: readonly PlannedItem[], name: string) =>
  items
    .filter((item) => item.key.startsWith(`review/generated/${name}/body`))
    .map((item) => (item.kind === 'text' ? item.content : ''))
    .join('');
const bottomOf = (items: readonly PlannedItem[], column: Box) =>
  Math.max(...items.filter((item) => item.x - item.width / 2 === column.left).map((item) => item.y + item.height / 2));

describe('the review flows through its columns', () => {
  test('everything that fits is shown whole, a long section running on into the next column', () => {
    const items = flowReview([section('a', 10), section('b', 45), section('c', 3)], COLUMNS, STYLE);
    expect(items.map((item) => item.key)).toContain('review/generated/b/body/2');
    for (const [name, count] of [['a', 10], ['b', 45], ['c', 3]] as const) {
      expect(textOf(items, name)).not.toMatch(/more/);
      expect(textOf(items, name).match(/• \d+ /g), name).toHaveLength(count);
    }
    expect(textOf(items, 'b')).toContain('b (continued)');
  });

  test('a cut happens only when the last column is full, and the cut lists say how many they leave out', () => {
    const items = flowReview([section('a', 5), section('flood', 400), section('c', 4)], COLUMNS, STYLE);
    const flood = textOf(items, 'flood');
    const shown = flood.match(/• \d+ /g)?.length ?? 0;
    const hidden = Number(/\+(\d+) more/.exec(flood)?.[1]);
    expect(shown + hidden).toBe(400);
    // The short sections stay whole, and the page is full: less than two entries' room is left in the last column.
    expect(textOf(items, 'a').match(/• \d+ /g)).toHaveLength(5);
    expect(textOf(items, 'c').match(/• \d+ /g)).toHaveLength(4);
    expect(COLUMNS[2]!.height - bottomOf(items, COLUMNS[2]!)).toBeLessThan(2 * 52 + 40);
    for (const item of items) expect(item.y + item.height / 2, item.key).toBeLessThanOrEqual(1700);
  });
});
