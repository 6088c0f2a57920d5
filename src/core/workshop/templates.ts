/** Fill-in formats participants copy (plain text; escape before putting them on the board). */

/** Written on one sticky per nirvana group to start the conversation. */
export const NIRVANA_STARTER = 'Our Nirvana is…';

/** The article's use case sentence; the angle brackets are literal text. */
export const USE_CASE_TEMPLATE = 'We believe that <this Use Case> will help achieving <this GOAL>';

/** The data product template sticky, one field per line. It is a template, not a data product. */
export const DATA_PRODUCT_TEMPLATE_LINES: readonly string[] = [
  'Data product name',
  'Job: …',
  'Use case: …',
  'Sources: …',
  'Consumers: …',
  'Owner: …',
];

/** How many objective areas the OKR frame offers. */
export const OBJECTIVE_COUNT = 3;

/** Pitfalls to check while writing OKRs. */
export const OKR_HINTS: readonly string[] = [
  'Objectives are outcomes, not outputs: "analysts answer questions in minutes" rather than "launch a data portal".',
  'Every key result carries a number: where we start and where we want to be.',
  'If every key result could be met while the objective still fails, add or sharpen one.',
  'Already working with objectives, or with a Lean Value Tree? Bring those in instead of starting over.',
];
