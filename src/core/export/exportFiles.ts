import { reviewMarkdown } from '../review/reviewMarkdown';
import type { Review } from '../review/types';
import { tallyCsv } from '../tally/tallyCsv';
import { dataProductsYaml } from './dataProductSpec';
import { notesCsv } from './notesCsv';
import { workshopJson } from './workshopJson';

export type ExportId = 'markdown' | 'notesCsv' | 'tallyCsv' | 'json' | 'dataProductsYaml';

/** One file the panel offers to download. */
export type ExportFile = { id: ExportId; label: string; filename: string; mediaType: string; text: string };

/** Every export of a review, in the order the panel lists them (the tally only where the board has scales). */
export function reviewExportFiles(review: Review): ExportFile[] {
  const files: ExportFile[] = [
    { id: 'markdown', label: 'Review (Markdown)', filename: 'accelerate-review.md', mediaType: 'text/markdown', text: reviewMarkdown(review) },
    { id: 'notesCsv', label: 'Sticky notes (CSV)', filename: 'accelerate-notes.csv', mediaType: 'text/csv', text: notesCsv(review.notes) },
  ];
  if (review.keyMetrics) {
    files.push({ id: 'tallyCsv', label: 'Tally (CSV)', filename: 'accelerate-tally.csv', mediaType: 'text/csv', text: tallyCsv(review.keyMetrics) });
  }
  files.push(
    { id: 'json', label: 'Workshop (JSON)', filename: 'accelerate-workshop.json', mediaType: 'application/json', text: workshopJson(review) },
    {
      id: 'dataProductsYaml',
      label: 'Data products (YAML)',
      filename: 'accelerate-data-products.yaml',
      mediaType: 'application/yaml',
      text: dataProductsYaml(review.dataProducts),
    },
  );
  return files;
}
