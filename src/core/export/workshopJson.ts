import type { Review } from '../review/types';
import { odpsDataProducts } from './odps/odpsDataProduct';

/** Identifies the JSON export; bump `version` when its shape changes (2: ODPS data products). */
export const WORKSHOP_JSON_FORMAT = 'accelerate-board/workshop';

/**
 * The whole workshop state as JSON: every section of the review with complete text, the lints,
 * the tally, the interaction map's links, the data products as ODPS v1.0.0 documents and every note people
 * wrote with its activity and area. Deterministic (no timestamp): the same board gives the same text.
 */
export function workshopJson(review: Review): string {
  const { notes, ...sections } = review;
  const document = {
    format: WORKSHOP_JSON_FORMAT,
    version: 2,
    ...sections,
    odpsDataProducts: odpsDataProducts(review.dataProducts),
    notes: notes.map(({ id, type, text, x, y, color, activity, area }) => ({ id, type, activity, area, text, x, y, color })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
