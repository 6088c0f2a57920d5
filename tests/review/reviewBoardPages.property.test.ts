import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ActivityId } from '../../src/core/activity';
import { REVIEW_CONTENT_REGION } from '../../src/core/layout/frames/review';
import type { PlannedItem } from '../../src/core/plan';
import { reviewBoardPages } from '../../src/core/review/reviewBoardPages';
import { REVIEW_PAGE_FRAME, reviewPageKeyPrefix } from '../../src/core/review/reviewPages';
import { FRAME_PADDING } from '../../src/core/layout/style';
import { reviewFromSnapshot } from '../../src/core/review/reviewFromSnapshot';
import { REVIEW_KEY_PREFIX } from '../../src/core/review/reviewLayout';
import { reviewMarkdown } from '../../src/core/review/reviewMarkdown';
import { bucketKey, type AreaNames } from '../../src/core/workshop/keys';
import { BUCKET_INDICES, HORIZON_IDS, METRIC_IDS } from '../../src/core/workshop/metrics';
import { plannedBoard } from './plannedSnapshot';

type Place = { [A in ActivityId]: [A, AreaNames[A]] }[ActivityId];

const PLACES: Place[] = [
  ['nirvana', 'shared'],
  ['nirvana', 'group-1'],
  ['nirvana', 'group-2'],
  ['okrs', 'objective-1'],
  ['okrs', 'objective-2'],
  ['okrs', 'objective-3'],
  ['useCases', 'selected'],
  ['useCases', 'efficiency'],
  ['useCases', 'discarded'],
  ['useCases', 'brainstorm-1'],
  ['dataProducts', 'products'],
  ['principles', 'domainOwnership'],
  ['principles', 'federatedGovernance'],
  ['principles', 'surprised'],
  ['futurespective', 'posts'],
  ['checkout', 'words'],
  ['review', 'nextSteps'],
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.constantFrom('<script>alert(1)</script>', '&amp;&lt;', '"><img src=x>', 'O: launch a portal', 'KR: 10 %', '🙂'.repeat(200), 'x'.repeat(7000)),
  fc.array(fc.constantFrom('<', '>', '&', '"', 'Job: ', '\n', 'Sources: ', 'Owner: ', 'a', 'We believe that ', ' will help achieving '), { maxLength: 40 }).map((parts) => parts.join('')),
);
const scattered = fc.array(fc.tuple(fc.constantFrom(...PLACES), text), { maxLength: 120 });
/** Many notes in one place: the lists that must be cut short with "+N more". */
const flood = fc
  .tuple(fc.constantFrom(...PLACES), fc.array(text, { maxLength: 80 }))
  .map(([place, texts]) => texts.map((note): [Place, string] => [place, note]));
const notes = fc.tuple(scattered, flood).map(([a, b]) => [...a, ...b]);
const dots = fc.array(fc.tuple(fc.constantFrom(...METRIC_IDS), fc.constantFrom(...HORIZON_IDS), fc.constantFrom(...BUCKET_INDICES)), { maxLength: 60 });

const ALLOWED_TAGS = new Set(['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br']);
/** Page 1: the review frame's content region; later pages: their frame less its padding. */
function regionOf(page: number) {
  if (page === 1) {
    return {
      left: REVIEW_CONTENT_REGION.x - REVIEW_CONTENT_REGION.width / 2,
      right: REVIEW_CONTENT_REGION.x + REVIEW_CONTENT_REGION.width / 2,
      top: REVIEW_CONTENT_REGION.y - REVIEW_CONTENT_REGION.height / 2,
      bottom: REVIEW_CONTENT_REGION.y + REVIEW_CONTENT_REGION.height / 2,
    };
  }
  return { left: FRAME_PADDING, right: REVIEW_PAGE_FRAME.width - FRAME_PADDING, top: FRAME_PADDING, bottom: REVIEW_PAGE_FRAME.height - FRAME_PADDING };
}

function violations(pages: readonly (readonly PlannedItem[])[]): string[] {
  const found: string[] = [];
  const keys = new Set<string>();
  for (const [index, items] of pages.entries()) {
    const page = index + 1;
    const region = regionOf(page);
    const prefix = page === 1 ? REVIEW_KEY_PREFIX : reviewPageKeyPrefix(page);
    for (const item of items) {
      if (!item.key.startsWith(prefix)) found.push(`${item.key}: outside the prefix of page ${page}`);
      const shared = item.key.slice(prefix.length);
      if (keys.has(shared)) found.push(`${item.key}: duplicate key`);
      keys.add(shared);
      const [left, right, top, bottom] = [item.x - item.width / 2, item.x + item.width / 2, item.y - item.height / 2, item.y + item.height / 2];
      if (left < region.left || right > region.right || top < region.top || bottom > region.bottom) found.push(`${item.key}: outside the region`);
      if (item.content.length >= 6000) found.push(`${item.key}: ${item.content.length} characters`);
      for (const match of item.content.matchAll(/<\s*\/?\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g)) {
        if (!ALLOWED_TAGS.has(match[1]!.toLowerCase())) found.push(`${item.key}: <${match[1]}>`);
      }
    }
    for (const [i, a] of items.entries()) {
      for (const b of items.slice(i + 1)) {
        if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2) found.push(`${a.key} overlaps ${b.key}`);
      }
    }
  }
  return found;
}

describe('review board pages, for any board content', () => {
  test('stay inside the content region, apart, under 6000 characters, with allowed tags only, deterministic', () => {
    fc.assert(
      fc.property(notes, dots, fc.integer({ min: 1, max: 8 }), (placed, votes, groups) => {
        const board = plannedBoard({ groups });
        votes.forEach(([metric, horizon, index], n) => {
          const bucket = board.snapshot.items.find((item) => item.id === bucketKey(metric, horizon, index))!;
          board.snapshot.items.push({ id: `dot-${n}`, type: 'shape', shape: 'circle', x: bucket.x, y: bucket.y, width: 40, height: 40, parentId: null, text: '', color: '#2d9bf0' });
        });
        for (const [[activity, area], note] of placed) {
          if (activity === 'nirvana' && area !== 'shared' && Number(area.slice(6)) > groups) continue;
          board.note(activity, area as never, note);
        }
        const review = reviewFromSnapshot(board.snapshot);
        const pages = reviewBoardPages(review);
        expect(violations(pages)).toEqual([]);
        expect(pages.flat().some((item) => item.kind === 'shape')).toBe(votes.length > 0);
        expect(reviewBoardPages(reviewFromSnapshot(board.snapshot))).toEqual(pages);
        const markdown = reviewMarkdown(review);
        expect(markdown.replace(/\\[\s\S]/g, '')).not.toMatch(/<(?:script|img)/i);
      }),
      { numRuns: 120 },
    );
  });

  test('an edited nirvana starter is the group statement; an untouched one is not', () => {
    const board = plannedBoard({ groups: 2 });
    board.edit('nirvana/group-2/starter', 'Our Nirvana is: data everywhere');
    const { nirvana } = reviewFromSnapshot(board.snapshot);
    expect(nirvana.shared).toEqual([]);
    expect(nirvana.groups).toEqual([{ group: 2, statements: [{ itemId: 'nirvana/group-2/starter', text: 'Our Nirvana is: data everywhere' }] }]);
  });

  test('an unbuilt board gives an empty review, and its items still fit', () => {
    const review = reviewFromSnapshot({ items: [] });
    expect(review.objectives).toEqual([]);
    expect(review.keyMetrics).toBeNull();
    expect(violations(reviewBoardPages(review))).toEqual([]);
    expect(reviewBoardPages(review)).toHaveLength(1);
  });
});
