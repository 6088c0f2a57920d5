import { REVIEW_SECTION_IDS, REVIEW_SECTION_TITLES, type ReviewSectionId } from './reviewLayout';
import type { Review } from './types';

/** A section of the review and how many things it lists (0: "nothing captured yet"). */
export type ReviewSectionSummary = { id: ReviewSectionId; title: string; count: number; lints: number };

const LINT_SECTION: Partial<Record<ReviewSectionId, string>> = { okrs: 'okrs', useCases: 'useCases', dataProducts: 'dataProducts' };

/** Per section: objectives, use cases, data products, dots, challenges, posts, words… */
export function reviewSectionSummaries(review: Review): ReviewSectionSummary[] {
  const counts: Record<ReviewSectionId, number> = {
    nirvana: review.nirvana.shared.length || review.nirvana.groups.reduce((sum, group) => sum + group.statements.length, 0),
    okrs: review.objectives.length,
    useCases: review.useCases.length,
    dataProducts: review.dataProducts.products.length,
    keyMetrics: (review.keyMetrics?.metrics ?? []).reduce((sum, metric) => sum + metric.horizons.reduce((dots, scale) => dots + scale.total, 0), 0),
    principles: review.principles.reduce((sum, principle) => sum + principle.challenges.length, 0),
    futurespective: review.futurespective.length,
    checkout: review.checkout.length,
  };
  return REVIEW_SECTION_IDS.map((id) => ({
    id,
    title: REVIEW_SECTION_TITLES[id],
    count: counts[id],
    lints: review.lints.filter((lint) => lint.section === LINT_SECTION[id]).length,
  }));
}
