import { REVIEW_CONTENT_REGION } from '../layout/frames/reviewRegion';
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
  useCases: 'Use cases, in priority order',
  dataProducts: 'Data products',
  keyMetrics: 'The 4 key metrics',
  principles: 'Challenges and observations',
  futurespective: 'Future LinkedIn posts',
  checkout: 'One word before leaving',
};

export const COLUMN_COUNT = 3;
export const COLUMN_GAP = 50;
/** Every review text has this width (the sync keeps an item's width, so it never varies by content). */
export const COLUMN_WIDTH = 900;
/** The title line (the preview adds a line under it, in the same room). */
export const HEADER_HEIGHT = 112;
/** Where the columns start below the region's top (under the title line). */
export const COLUMNS_TOP = 136;
/** Height of the 4 key metrics chart under its section's text. */
export const METRICS_CHART_HEIGHT = 440;

/** The region the review fills, as a top-left box in frame space (relative to the review frame's top-left). */
export function reviewRegionBox(): Box {
  return boxFromCentred(REVIEW_CONTENT_REGION);
}

/** The header across the region's top: frame space. */
export function reviewHeaderBox(): Box {
  const region = reviewRegionBox();
  return { left: region.left, top: region.top, width: region.width, height: HEADER_HEIGHT };
}

/** The columns the sections flow through, left to right, frame space. */
export function reviewColumns(): Box[] {
  const region = reviewRegionBox();
  return Array.from({ length: COLUMN_COUNT }, (_, column) => ({
    left: region.left + column * (COLUMN_WIDTH + COLUMN_GAP),
    top: region.top + COLUMNS_TOP,
    width: COLUMN_WIDTH,
    height: region.height - COLUMNS_TOP,
  }));
}
