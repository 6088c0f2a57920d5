import { textAt } from '../layout/items';
import { COLOR, FONT } from '../layout/style';
import type { PlannedItem } from '../plan';
import { boardSections, NOTHING_CAPTURED } from './boardSections';
import { fittedText } from './fitText';
import { hasKeyMetricDots } from './keyMetrics';
import { metricsChartItems } from './metricsChart';
import {
  METRICS_CHART_HEIGHT,
  REVIEW_KEY_PREFIX,
  REVIEW_SECTION_IDS,
  REVIEW_SECTION_TITLES,
  reviewHeaderBox,
  reviewSectionBox,
} from './reviewLayout';
import type { Review } from './types';

const HEADING_HEIGHT = 76;
const CHART_GAP = 12;

/**
 * The review as board items in the review frame (frame space, keys under `review/generated/`):
 * a header, then per section a heading and one text item with as much as fits in its box, lists
 * shortened with "+N more"; the key metrics also get a small chart. Every item lies inside
 * `REVIEW_CONTENT_REGION`; same review → same items, so an unchanged board rewrites nothing.
 */
export function reviewBoardItems(review: Review): PlannedItem[] {
  const header = reviewHeaderBox();
  const title = review.workshopName ? `Workshop review: ${review.workshopName}` : 'Workshop review';
  const items: PlannedItem[] = [
    textAt(`${REVIEW_KEY_PREFIX}header/title`, [{ strong: title }], header.left, header.top, header.width, { fontSize: FONT.heading }),
    textAt(
      `${REVIEW_KEY_PREFIX}header/note`,
      ['Generated from the board by "Generate review": regenerating replaces only this text; sticky notes you add here stay. Next steps go in the area on the left.'],
      header.left,
      header.top + 120,
      header.width,
      { fontSize: FONT.note, color: COLOR.muted },
    ),
  ];
  const sections = boardSections(review);
  for (const id of REVIEW_SECTION_IDS) {
    const box = reviewSectionBox(id);
    const key = `${REVIEW_KEY_PREFIX}${id}`;
    items.push(textAt(`${key}/heading`, [{ strong: REVIEW_SECTION_TITLES[id] }], box.left, box.top, box.width, { fontSize: FONT.subheading }));
    const chart = id === 'keyMetrics' && review.keyMetrics && hasKeyMetricDots(review.keyMetrics);
    const bodyHeight = box.height - HEADING_HEIGHT - (chart ? METRICS_CHART_HEIGHT + CHART_GAP : 0);
    const body = { ...box, top: box.top + HEADING_HEIGHT, height: bodyHeight };
    items.push(fittedText(`${key}/body`, body, sections[id].entries, { ...sections[id], fontSize: FONT.note, empty: NOTHING_CAPTURED }));
    if (chart && review.keyMetrics) {
      const chartBox = { ...box, top: box.top + box.height - METRICS_CHART_HEIGHT, height: METRICS_CHART_HEIGHT };
      items.push(...metricsChartItems(`${key}/chart`, review.keyMetrics, chartBox));
    }
  }
  return items;
}
