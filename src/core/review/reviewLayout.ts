import { REVIEW_CONTENT_REGION } from '../layout/frames/review';
import { boxFromCentred, type Box } from '../layout/geometry';

/** Prefix of every role key *Generate review* writes; all of them live in the review frame. */
export const REVIEW_KEY_PREFIX = 'review/generated/';

export const REVIEW_SECTION_IDS = [
  'nirvana',
  'okrs',
  'useCases',
  'dataProducts',
  'keyMetrics',
  'principles',
  'futurespective',
  'checkout',
] as const;
export type ReviewSectionId = (typeof REVIEW_SECTION_IDS)[number];

export const REVIEW_SECTION_TITLES: Readonly<Record<ReviewSectionId, string>> = {
  nirvana: 'Our Nirvana',
  okrs: 'Objectives and key results',
  useCases: 'Use cases',
  dataProducts: 'Data products',
  keyMetrics: 'The 4 key metrics',
  principles: 'Challenges per principle',
  futurespective: 'Future LinkedIn posts',
  checkout: 'One word before leaving',
};

export const COLUMN_WIDTH = 900;
const COLUMN_GAP = 48;
const HEADER_HEIGHT = 190;
const COLUMNS_TOP = 220;
/** Height of the 4 key metrics chart at the bottom of its section. */
export const METRICS_CHART_HEIGHT = 400;

/** Section boxes relative to the region's top-left: three columns under a header. */
const SECTION_LAYOUT: Readonly<Record<ReviewSectionId, { column: number; top: number; height: number }>> = {
  nirvana: { column: 0, top: COLUMNS_TOP, height: 412 },
  okrs: { column: 0, top: 672, height: 1248 },
  useCases: { column: 1, top: COLUMNS_TOP, height: 844 },
  dataProducts: { column: 1, top: 1104, height: 816 },
  keyMetrics: { column: 2, top: COLUMNS_TOP, height: 748 },
  principles: { column: 2, top: 1008, height: 408 },
  futurespective: { column: 2, top: 1464, height: 240 },
  checkout: { column: 2, top: 1752, height: 168 },
};

/** The region the review fills, as a top-left box in frame space (relative to the review frame's top-left). */
export function reviewRegionBox(): Box {
  return boxFromCentred(REVIEW_CONTENT_REGION);
}

/** The header across the region's top: frame space. */
export function reviewHeaderBox(): Box {
  const region = reviewRegionBox();
  return { left: region.left, top: region.top, width: region.width, height: HEADER_HEIGHT };
}

/** A section's box in frame space (board pixels, top-left); everything it draws stays inside. */
export function reviewSectionBox(section: ReviewSectionId): Box {
  const region = reviewRegionBox();
  const { column, top, height } = SECTION_LAYOUT[section];
  return { left: region.left + column * (COLUMN_WIDTH + COLUMN_GAP), top: region.top + top, width: COLUMN_WIDTH, height };
}
