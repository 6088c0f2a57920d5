import type { Lint, ReviewDataProduct } from './types';

/** Common abbreviations whose dot ends no sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|incl|approx|no|nr|dept)\./gi;

/** Sentences in a job description: runs of text ended by `.`, `!` or `?` (or the end). */
export function sentenceCount(text: string): number {
  return text
    .replace(ABBREVIATIONS, (abbreviation) => abbreviation.replace(/\./g, ''))
    .split(/[.!?]+(?:\s+|$)/u)
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence)).length;
}

/** Data product pitfalls (Thoughtworks: a single owner; a job said in one or two sentences). */
export function dataProductLints(products: readonly ReviewDataProduct[]): Lint[] {
  const lints: Lint[] = [];
  for (const product of products) {
    if (product.owner === '') {
      lints.push({
        code: 'data-product-no-owner',
        section: 'dataProducts',
        message: `"${product.name}" has no owner: name the one domain that owns it.`,
        text: product.name,
        itemId: product.itemId,
      });
    }
    const sentences = sentenceCount(product.job);
    if (sentences > 2) {
      lints.push({
        code: 'data-product-job-too-long',
        section: 'dataProducts',
        message: `The job of "${product.name}" takes ${sentences} sentences: say it in one or two.`,
        text: product.job,
        itemId: product.itemId,
      });
    }
  }
  return lints;
}
