import type { RichLine } from '../layout/items';

/** Miro rejects content of 6000 characters or more; this leaves room for Miro's own rewriting. */
export const BOARD_CONTENT_MAX = 5500;

/** One listed thing (a note, an objective with its key results): its lines stay together in one column. */
export type Entry = readonly RichLine[];
