import type { ExportFile } from '../export/exportFiles';
import { reviewSectionSummaries, type ReviewSectionSummary } from '../core/review/sectionSummaries';
import type { Lint, Review } from '../core/review/types';

export type ReviewReport = {
  /** The review frame the review was written into. */
  frameId: string;
  /** Every frame the review fills, the review frame first, then its page 2 and 3 when it needs them. */
  pageFrameIds: string[];
  /** The whole review as Markdown, complete and escaped (also the first of `exports`). */
  markdown: string;
  /** OKR, use case and data product pitfalls, as on the board. */
  lints: Lint[];
  /** Per section: its title and how many things it lists. */
  sections: ReviewSectionSummary[];
  /** Everything the review says, as plain data. */
  review: Review;
  /** App-made items in the review's frames (page frames included) this run created, updated and removed. */
  created: number;
  updated: number;
  removed: number;
  /** Markdown, notes CSV, tally CSV (when the board has scales), JSON, data products YAML. */
  exports: ExportFile[];
  /** SDK calls this run made. */
  calls: number;
};

/** A review's report on either platform: what it says, what the run wrote where, and the exports. */
export function reviewReport(
  review: Review,
  exports: ExportFile[],
  written: Pick<ReviewReport, 'frameId' | 'pageFrameIds' | 'created' | 'updated' | 'removed' | 'calls'>,
): ReviewReport {
  return {
    ...written,
    markdown: exports.find((file) => file.id === 'markdown')?.text ?? '',
    lints: review.lints,
    sections: reviewSectionSummaries(review),
    review,
    exports,
  };
}
