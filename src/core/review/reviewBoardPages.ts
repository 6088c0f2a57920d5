import { COLOR, FONT } from '../layout/style';
import type { PlannedItem } from '../plan';
import { boardSections, NOTHING_CAPTURED } from './boardSections';
import { hasKeyMetricDots } from './keyMetrics';
import { metricsChartItems } from './metricsChart';
import type { FlowSection } from './reviewFlow';
import { METRICS_CHART_HEIGHT, REVIEW_KEY_PREFIX, REVIEW_SECTION_IDS, REVIEW_SECTION_TITLES } from './reviewLayout';
import { reviewPages } from './reviewPages';
import type { Review } from './types';

/**
 * The review as board items, one list per page: page 1 in the review frame (frame space, keys under
 * `review/generated/`), pages 2 and 3 (`reviewPages`) in frames of their own when page 1 cannot hold
 * every section whole. A title line, then every section in reading order down three columns, a
 * section continuing in the next column when it does not fit; the key metrics get a chart with
 * their values. Lists are cut ("+N more") only when the last page is full. Same review → same items,
 * so an unchanged board rewrites nothing.
 */
export function reviewBoardPages(review: Review): PlannedItem[][] {
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
  return reviewPages(title, sections, { fontSize: FONT.note, color: COLOR.text });
}
