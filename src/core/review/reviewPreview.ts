import { textAt } from '../layout/items';
import { COLOR, FONT } from '../layout/style';
import type { PlannedItem } from '../plan';
import { flowSections } from './reviewFlow';
import { REVIEW_KEY_PREFIX, REVIEW_SECTION_IDS, REVIEW_SECTION_TITLES, reviewColumns, reviewHeaderBox, type ReviewSectionId } from './reviewLayout';

/** What each section of the review will hold, said in the preview the build puts in the review frame. */
export const REVIEW_PREVIEW_TEXT: Readonly<Record<ReviewSectionId, string>> = {
  nirvana: 'The Nirvana statement we all agree on, and where each group started from.',
  okrs: 'Each objective with its numbered key results.',
  useCases: 'The use cases in priority order, the selected ones first, with the objective each one serves.',
  dataProducts: 'Each data product: its job, the use case it serves, its owner, sources and consumers; then the links of the interaction map.',
  keyMetrics: 'Where we are today and where we want to be a year from now, in plain words and as bars with their scores; then the stories behind the dots.',
  principles: 'The challenges we expect per principle; what was the same, different and surprising; our observations and learnings.',
  futurespective: 'The posts we hope to read a year from now.',
  checkout: 'Everyone’s word before leaving.',
};

/** The preview's second title line. */
export const REVIEW_PREVIEW_NOTE = '"Generate review" in the panel writes the review here, from the board.';
/** Column of each section (in `REVIEW_SECTION_IDS` order) in the preview. */
const PREVIEW_COLUMN = [0, 0, 0, 1, 1, 2, 2, 2] as const;
/** The preview's title is two lines: its sections start this much lower. */
const PREVIEW_NOTE_ROOM = 80;

/**
 * The review frame before *Generate review* runs (frame space): the review's title and sections
 * where the review will put them, each saying what it will hold. It uses the keys, widths, fonts
 * and colour the review always writes (`header/title`, `<section>/heading`, `<section>/body`), so
 * the first generation rewrites these items in place, and a later build, finding them recorded,
 * leaves the review as it is. `consumable`: one removed is never put back by a build.
 */
export function reviewPreviewItems(): PlannedItem[] {
  const header = reviewHeaderBox();
  const sections = REVIEW_SECTION_IDS.map((id) => ({
    keyBase: `${REVIEW_KEY_PREFIX}${id}`,
    title: REVIEW_SECTION_TITLES[id],
    lead: [],
    entries: [],
    tail: [],
    empty: [{ em: REVIEW_PREVIEW_TEXT[id] }],
  }));
  const title = textAt(`${REVIEW_KEY_PREFIX}header/title`, [{ strong: 'Workshop review: a preview' }, { em: REVIEW_PREVIEW_NOTE }], header.left, header.top, header.width, {
    fontSize: FONT.heading,
  });
  const columns = reviewColumns().map((column) => ({ ...column, top: column.top + PREVIEW_NOTE_ROOM, height: column.height - PREVIEW_NOTE_ROOM }));
  // Spread over the three columns, as a generated review fills them.
  const inColumn = (column: number) => sections.filter((_, index) => PREVIEW_COLUMN[index] === column);
  const items: PlannedItem[] = [
    title,
    ...columns.flatMap((column, index) => flowSections(inColumn(index), [column], { fontSize: FONT.note, color: COLOR.text }).items),
  ];
  return items.map((item) => ({ ...item, consumable: true }));
}
