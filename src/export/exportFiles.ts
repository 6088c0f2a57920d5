import { notesCsv } from '../core/export/notesCsv';
import { workshopJson } from '../core/export/workshopJson';
import { reviewMarkdown } from '../core/review/reviewMarkdown';
import type { Review } from '../core/review/types';
import { tallyCsv } from '../core/tally/tallyCsv';
import { ODPS_STREAM_FILENAME, odpsFilesPerProduct, odpsStream } from './odpsFiles';

/** `dataProductsOdps`: every data product in one stream; `dataProductOdps`: one file per data product. */
export type ExportId = 'markdown' | 'notesCsv' | 'tallyCsv' | 'json' | 'dataProductsOdps' | 'dataProductOdps';

/** One file the panel offers to download. */
export type ExportFile = { id: ExportId; label: string; filename: string; mediaType: string; text: string };

const YAML = 'application/yaml';

/**
 * Every export of a review, in the order the panel lists them (the tally only where the board has
 * scales; then the ODPS stream, then one ODPS file per data product).
 */
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
    { id: 'dataProductsOdps', label: 'Data products (ODPS YAML)', filename: ODPS_STREAM_FILENAME, mediaType: YAML, text: odpsStream(review.dataProducts) },
    ...odpsFilesPerProduct(review.dataProducts).map((file): ExportFile => ({
      id: 'dataProductOdps',
      label: `${file.name} (ODPS YAML)`,
      filename: file.filename,
      mediaType: YAML,
      text: file.text,
    })),
  );
  return files;
}
