import { FRAME_PADDING, COLOR, FONT } from '../layout/style';
import { textAt } from '../layout/items';
import type { PlannedItem } from '../plan';
import { REVIEW_REGION_HEIGHT, REVIEW_REGION_WIDTH } from '../layout/frames/reviewRegion';
import type { Box } from '../layout/geometry';
import { flowReview, flowSections, type FlowSection } from './reviewFlow';
import { COLUMNS_TOP, HEADER_HEIGHT, REVIEW_KEY_PREFIX, reviewColumns, reviewHeaderBox } from './reviewLayout';

/**
 * A review that does not fit the review frame continues on page frames beside it (page 2, 3),
 * each the size of the review region with a padding round it, so the legibility bar holds there
 * too. Past the last page the longest lists are cut, as on one page.
 */
export const MAX_REVIEW_PAGES = 3;

/** A continuation page's frame: size and colour; its title is the review frame's plus the page. */
export const REVIEW_PAGE_FRAME = {
  width: FRAME_PADDING * 2 + REVIEW_REGION_WIDTH,
  height: FRAME_PADDING * 2 + REVIEW_REGION_HEIGHT,
  fillColor: COLOR.frame,
} as const;

/** The title of page `page` (2, 3) given the review frame's title. */
export function reviewPageTitle(reviewFrameTitle: string, page: number): string {
  return `${reviewFrameTitle} · page ${page}`;
}

/** Key prefix of the items on page `page` ≥ 2 (page 1's are under `REVIEW_KEY_PREFIX`). */
export function reviewPageKeyPrefix(page: number): string {
  return `review/page/${page}/`;
}

/** Ledger key of page `page`'s frame (≥ 2): under no page's item prefix, so no page sync removes it. */
export function reviewPageFrameKey(page: number): string {
  return `review/pageFrame/${page}`;
}

/**
 * Page items are laid out in one flow: page p's columns sit `PAGE_STRIDE` × (p − 1) to the right of
 * their place in the page's own frame space, and each item goes back by its page's stride. No page
 * is anywhere near this wide, so an item's page is its x ÷ stride.
 */
const PAGE_STRIDE = 100_000;

function pageHeaderBox(page: number): Box {
  return page === 1 ? reviewHeaderBox() : { left: FRAME_PADDING, top: FRAME_PADDING, width: REVIEW_REGION_WIDTH, height: HEADER_HEIGHT };
}

function pageColumns(page: number): Box[] {
  const first = reviewColumns();
  if (page === 1) return first;
  return first.map((column, index) => ({
    ...column,
    left: FRAME_PADDING + index * (first[1]!.left - first[0]!.left) + (page - 1) * PAGE_STRIDE,
    top: FRAME_PADDING + COLUMNS_TOP,
  }));
}

/**
 * The review's sections on as few pages as hold them whole (1 to `MAX_REVIEW_PAGES`): per page its
 * items in that page's frame space — page 1 the review frame's, later pages `REVIEW_PAGE_FRAME`'s —
 * each page with its title line. Same sections → same pages.
 */
export function reviewPages(title: string, sections: readonly FlowSection[], style: { fontSize: number; color: string }): PlannedItem[][] {
  const columnsOf = (count: number) => Array.from({ length: count }, (_, index) => pageColumns(index + 1)).flat();
  let count = 1;
  let flowed = flowSections(sections, columnsOf(count), style);
  while (!flowed.complete && count < MAX_REVIEW_PAGES) flowed = flowSections(sections, columnsOf(++count), style);
  const items = flowed.complete ? flowed.items : flowReview(sections, columnsOf(count), style);
  const pages: PlannedItem[][] = Array.from({ length: count }, () => []);
  for (const item of items) {
    const index = Math.floor(item.x / PAGE_STRIDE);
    pages[index]!.push(index === 0 ? item : { ...item, key: reviewPageKeyPrefix(index + 1) + item.key.slice(REVIEW_KEY_PREFIX.length), x: item.x - index * PAGE_STRIDE });
  }
  // Only pages something flowed onto (a last page may stay empty when its first unit did not fit).
  const used = pages.filter((page, index) => index === 0 || page.length > 0);
  return used.map((page, index) => {
    const number = index + 1;
    const header = pageHeaderBox(number);
    const line = used.length === 1 ? title : `${title} (page ${number} of ${used.length})`;
    const key = number === 1 ? `${REVIEW_KEY_PREFIX}header/title` : `${reviewPageKeyPrefix(number)}header/title`;
    return [textAt(key, [{ strong: line }], header.left, header.top, header.width, { fontSize: FONT.heading }), ...page];
  });
}
