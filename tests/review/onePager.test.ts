import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import { generateReview } from '../../src/actions/generateReview';
import { REVIEW_PREVIEW_NOTE, REVIEW_PREVIEW_TEXT } from '../../src/core/review/reviewPreview';
import { plainTextFromHtml } from '../../src/core/html';
import { REVIEW_KEY_PREFIX, REVIEW_SECTION_IDS } from '../../src/core/review/reviewLayout';
import { readSnapshot } from '../../src/miro/readSnapshot';
import { addDot, fillBoard } from './fullBoard';
import { contentOf, reviewBoard, type ReviewBoard } from './helpers';

/** Every section's text on the board (body and continued parts, in order). */
async function sectionTexts(board: ReviewBoard): Promise<Record<string, string>> {
  const { ledger } = await readSnapshot(board.emulated.miro);
  const textOf = (key: string) => plainTextFromHtml(contentOf(board.item(ledger!.items[key]!)!));
  return Object.fromEntries(
    REVIEW_SECTION_IDS.map((id) => {
      const parts: string[] = [];
      for (let part = 1; ledger!.items[`${REVIEW_KEY_PREFIX}${id}/body${part === 1 ? '' : `/${part}`}`]; part++) {
        parts.push(textOf(`${REVIEW_KEY_PREFIX}${id}/body${part === 1 ? '' : `/${part}`}`));
      }
      return [id, parts.join('\n')];
    }),
  );
}

/** A full day's board for twelve people: what a facilitator shows the executives. */
async function fullWorkshop(board: ReviewBoard): Promise<Record<string, string[]>> {
  await fillBoard(board);
  const written: Record<string, string[]> = { okrs: [], useCases: [], dataProducts: [], principles: [], futurespective: [], checkout: [], keyMetrics: [] };
  const add = async (section: string, ...args: Parameters<ReviewBoard['add']>) => {
    await board.add(...args);
    written[section]!.push(args[2]);
  };
  for (let k = 1; k <= 3; k++) await add('okrs', 'okrs', 'objective-3', k === 1 ? 'Objective: every domain publishes its data as a product' : `KR: ${k * 3} domains with a named data product owner by Q${k}`);
  for (let i = 1; i <= 5; i++) await add('useCases', 'useCases', 'experience', `We believe that next-best-offer model ${i} will help achieving customers staying longer`);
  for (let i = 1; i <= 2; i++) {
    await add('dataProducts', 'dataProducts', 'products', `Orders ${i}\nJob: every order with its lines and status\nUse case: churn prediction\nSources: ERP\nConsumers: Customer 360\nOwner: Order management`);
  }
  for (const area of ['dataAsProduct', 'same', 'different'] as const) {
    for (let i = 1; i <= 2; i++) await add('principles', 'principles', area, `${area} note ${i}: budgets sit with the central team, not the domains`);
  }
  for (let i = 1; i <= 6; i++) await add('futurespective', 'futurespective', 'posts', `Post ${i}: we cut the time to a new report from weeks to days`);
  for (let i = 1; i <= 10; i++) await add('checkout', 'checkout', 'words', `Word${i}`);
  await board.add('review', 'learnings', 'Ownership, not tooling, is what holds us back');
  for (let i = 1; i <= 3; i++) await add('keyMetrics', 'keyMetrics', 'stories', `Story ${i}: our release train runs once a month`);
  for (const metric of ['timeToRestore', 'changeFailRate'] as const) {
    for (const horizon of ['today', 'nextYear'] as const) await addDot(board, metric, horizon, horizon === 'today' ? 2 : 5);
  }
  return written;
}

describe('the review as an executive one-pager', () => {
  test('on a full board every section appears whole: nothing cut, no lints, no reading rules', async () => {
    const board = await reviewBoard();
    const written = await fullWorkshop(board);
    const report = await generateReview(board.emulated.miro);
    const text = await sectionTexts(board);

    for (const id of REVIEW_SECTION_IDS) {
      expect(text[id], id).not.toMatch(/\+\d+ more|⚠|Nothing captured yet/);
      expect(text[id], id).not.toMatch(/Template:|"O:"|Objective: the note/);
    }
    // Every note is there, as content (markers and the template's frame removed where the review reads them).
    for (const note of written.okrs!) expect(text.okrs).toContain(note.replace(/^(Objective|KR): /, ''));
    for (let i = 1; i <= 5; i++) expect(text.useCases).toContain(`next-best-offer model ${i}`);
    for (let i = 1; i <= 2; i++) expect(text.dataProducts).toMatch(new RegExp(`Orders ${i}\\nJob: every order with its lines and status\\nUse case: churn prediction\\nOwner: Order management`));
    for (const note of written.principles!) expect(text.principles).toContain(`• ${note}`);
    for (const title of ['What was the same', 'What was different', 'What surprised us']) expect(text.principles).toContain(title);
    // The wrap-up's observations and learnings are read into the review.
    expect(text.principles).toContain('Observations and learnings\n• Ownership, not tooling, is what holds us back');
    expect(report.markdown).toContain('Observations and learnings (wrap-up):\n\n- Ownership, not tooling, is what holds us back');
    for (const note of written.futurespective!) expect(text.futurespective).toContain(`• ${note}`);
    for (const word of written.checkout!) expect(text.checkout).toContain(word);
    for (const note of written.keyMetrics!) expect(text.keyMetrics).toContain(`• ${note}`);
    expect(text.keyMetrics).toContain('Stories behind the dots');
    // Metric bars carry their values, today then a year from now.
    const values = (await board.generatedItems()).map((item) => plainTextFromHtml(contentOf(item))).filter((value) => value.startsWith('today '));
    expect(values).toEqual(expect.arrayContaining(['today 2/10\nin a year 8/10']));
    expect(values).toHaveLength(4);
    // Lints still reach the panel.
    expect(report.lints.length).toBeGreaterThanOrEqual(0);
  });

  test('the review frame shows a preview of every section before "Generate review"; generating replaces it, and a rebuild never brings it back', async () => {
    const board = await reviewBoard();
    const texts = async () => (await board.generatedItems()).map((item) => plainTextFromHtml(contentOf(item)));
    const previewTexts = async () => (await texts()).filter((text) => Object.values(REVIEW_PREVIEW_TEXT).includes(text) || text.includes(REVIEW_PREVIEW_NOTE));
    const before = await previewTexts();
    for (const id of REVIEW_SECTION_IDS) expect(before, id).toContain(REVIEW_PREVIEW_TEXT[id]);
    expect(before).toHaveLength(REVIEW_SECTION_IDS.length + 1);
    expect((await board.generatedItems()).every((item) => item.parentId === board.frames.review)).toBe(true);

    await fillBoard(board);
    await generateReview(board.emulated.miro);
    expect(await previewTexts()).toEqual([]);
    const generated = (await board.generatedItems()).map((item) => item.id).sort();
    const generatedTexts = await texts();

    const rebuild = await buildAccelerateBoard(board.emulated.miro);
    expect(rebuild.created).toBe(0);
    expect(await previewTexts()).toEqual([]);
    expect((await board.generatedItems()).map((item) => item.id).sort()).toEqual(generated);
    expect(await texts()).toEqual(generatedTexts);
  });
});
