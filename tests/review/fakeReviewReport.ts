import type { ReviewReport } from '../../src/actions/generateReview';
import { reviewExportFiles } from '../../src/export/exportFiles';
import { reviewFromSnapshot } from '../../src/core/review/reviewFromSnapshot';
import { reviewSectionSummaries } from '../../src/core/review/sectionSummaries';

/** A complete report of an empty board, for panel tests that fake `generateReview`. */
export function fakeReviewReport(overrides: Partial<ReviewReport> = {}): ReviewReport {
  const review = reviewFromSnapshot({ items: [] });
  const exports = reviewExportFiles(review);
  return {
    frameId: 'review-frame',
    pageFrameIds: ['review-frame'],
    markdown: exports[0]!.text,
    lints: review.lints,
    sections: reviewSectionSummaries(review),
    review,
    created: 0,
    updated: 0,
    removed: 0,
    exports,
    calls: 1,
    ...overrides,
  };
}
