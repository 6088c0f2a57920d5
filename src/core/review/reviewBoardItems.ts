import { textAt } from '../layout/items';
import { COLOR, FONT } from '../layout/style';
import type { PlannedItem } from '../plan';
import { boardSections, NOTHING_CAPTURED } from './boardSections';
import { hasKeyMetricDots } from './keyMetrics';
import { metricsChartItems } from './metricsChart';
import { flowReview, type FlowSection } from './reviewFlow';
import { METRICS_CHART_HEIGHT, REVIEW_KEY_PREFIX, REVIEW_SECTION_IDS, REVIEW_SECTION_TITLES, reviewColumns, reviewHeaderBox } from './reviewLayout';
import type { Review } from './types';

/**
 * The review as board items in the review frame (frame space, keys under `review/generated/`):
 * a header, then every section in reading order down three columns, a section continuing in the
 * next column when it does not fit; the key metrics get a chart with their values. Lists are cut
 * ("+N more") only when the whole region is full. Every item lies inside `REVIEW_CONTENT_REGION`;
 * same review → same items, so an unchanged board rewrites nothing.
 */
export function reviewBoardItems(review: Review): PlannedItem[] {
  const header = reviewHeaderBox();
  const title = review.workshopName ? `Workshop review: ${review.workshopName}` : 'Workshop review';
  const content = boardSections(review);
  const sections = REVIEW_SECTION_IDS.map((id): FlowSection => {
    const keyBase = `${REVIEW_KEY_PREFIX}${id}`;
    const chart =
      id === 'keyMetrics' && review.keyMetrics && hasKeyMetricDots(review.keyMetrics)
        ? { height: METRICS_CHART_HEIGHT, draw: metricsChartItems.bind(null, `${keyBase}/chart`, review.keyMetrics) }
        : undefined;
    const { entries, lead = [], tail = [], weights } = content[id];
    return { keyBase, title: REVIEW_SECTION_TITLES[id], lead, entries, weights, tail, empty: [{ em: NOTHING_CAPTURED }], chart };
  });
  return [
    textAt(`${REVIEW_KEY_PREFIX}header/title`, [{ strong: title }], header.left, header.top, header.width, { fontSize: FONT.heading }),
    ...flowReview(sections, reviewColumns(), { fontSize: FONT.note, color: COLOR.text }),
  ];
}
