import { describe, expect, test } from 'vitest';
import { generateReview } from '../../src/actions/generateReview';
import { plainTextFromHtml } from '../../src/core/html';
import { REVIEW_KEY_PREFIX, REVIEW_SECTION_IDS } from '../../src/core/review/reviewLayout';
import { readSnapshot } from '../../src/miro/readSnapshot';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { contentOf, contentRegionOnBoard, liesWithin, reviewBoard, type ReviewBoard } from './helpers';
import { fillBoard } from './fullBoard';

/** Plain text of each section's body on the board, by section. */
async function bodies(board: ReviewBoard): Promise<Record<string, string>> {
  const { ledger } = await readSnapshot(board.emulated.miro);
  return Object.fromEntries(
    REVIEW_SECTION_IDS.map((id) => [id, plainTextFromHtml(contentOf(board.item(ledger!.items[`${REVIEW_KEY_PREFIX}${id}/body`]!)!))]),
  );
}

const NOTHING = 'Nothing captured yet.';

describe('Generate review on the emulated board', () => {
  test('fills every section of the review frame from a board with content', async () => {
    const board = await reviewBoard();
    await fillBoard(board);
    const report = await generateReview(board.emulated.miro);

    expect(report.frameId).toBe(board.frames.review);
    const text = await bodies(board);
    for (const id of REVIEW_SECTION_IDS) expect(text[id], id).not.toBe(NOTHING);
    expect(text.nirvana).toContain('Every team finds, trusts and uses the data it needs');
    expect(text.nirvana).toContain('Where the groups started from:\nGroup 1: Group one dreams of self-service');
    expect(text.okrs).toBe(
      'Objective 1: Customers stay with us longer\nKR 1.1: Churn from 8 % to 5 %\nObjective 2: analysts answer questions in minutes\nKR 2.1: lead time for new reports below 2 days',
    );
    // The prioritised list: selected first, numbered, with the objective each serves; what was set aside, by name.
    expect(text.useCases).toBe(
      '★ selected to take forward\n1. ★ churn prediction  → objective 1\n2. self-service reporting  → objective 2\nSet aside, not analytical: A nicer intranet',
    );
    expect(text.dataProducts).toContain('Customer 360\nJob: one view of each customer\nOwner: Sales · Sources: CRM, Orders · Consumers: Churn forecast');
    expect(text.dataProducts).toContain('Links in the interaction map: Customer 360 → Churn forecast');
    expect(text.keyMetrics).toContain('Lead time for changes\nToday most of us say one to six months; a year from now, less than one day (score 2 → 8, +3 buckets).');
    expect(text.principles).toMatch(/Domain ownership\n• Nobody feels they own the data/);
    expect(text.principles).toContain('What surprised us\n• Everyone has the same pain');
    expect(text.futurespective).toContain('our first 10 data products are live!');
    expect(text.checkout).toBe('Energised · Curious');
    // Lints and reading rules stay in the panel.
    for (const id of REVIEW_SECTION_IDS) expect(text[id], id).not.toMatch(/⚠|Template:|"O:"/);

    const chart = (await board.generatedItems()).filter((item) => item.type === 'shape');
    expect(chart).toHaveLength(8); // two bars per metric
    expect(report.sections.map((section) => [section.id, section.count])).toEqual([
      ['nirvana', 1], ['okrs', 2], ['useCases', 3], ['dataProducts', 2], ['keyMetrics', 5], ['principles', 2], ['futurespective', 1], ['checkout', 2],
    ]);
    expect(report.markdown).toContain('- Pick 2 pilot domains by Friday');
    expect(report.lints).toEqual([]);
  });

  test('regenerating uses the same frame, makes no duplicates and writes nothing when nothing changed', async () => {
    const board = await reviewBoard();
    await fillBoard(board);
    const first = await generateReview(board.emulated.miro);
    const before = await board.generatedItems();
    // The build's preview (a title, a heading and a text per section) is rewritten in place; the rest is new.
    expect(first.updated).toBe(17);
    expect(first.created + first.updated).toBe(before.length);
    expect(first.removed).toBe(0);
    const frames = board.emulated.items().filter((item) => item.type === 'frame').length;

    board.emulated.resetStats();
    const again = await generateReview(board.emulated.miro);
    expect(again).toMatchObject({ frameId: first.frameId, created: 0, updated: 0, removed: 0 });
    expect(board.emulated.stats().byMethod['collection.set']).toBeUndefined();
    expect((await board.generatedItems()).map((item) => item.id).sort()).toEqual(before.map((item) => item.id).sort());
    expect(board.emulated.items().filter((item) => item.type === 'frame')).toHaveLength(frames);

    await board.add('checkout', 'words', 'Ready');
    for (let i = 0; i < 12; i++) await board.add('futurespective', 'posts', `Post ${i}: ${'and more '.repeat(12)}`);
    const changed = await generateReview(board.emulated.miro);
    // The posts grow their section (it may continue in the next column); the sections after it move.
    expect(changed).toMatchObject({ frameId: first.frameId, removed: 0 });
    expect(changed.created).toBeLessThanOrEqual(1);
    expect(changed.updated).toBeGreaterThanOrEqual(2);
    const after = await board.generatedItems();
    const region = contentRegionOnBoard(board.reviewFrame());
    for (const item of after) expect(liesWithin(item, region), String(item.props.content)).toBe(true);
    expect(after).toHaveLength(before.length + changed.created);
    // Chart values ("today —\nin a year —") may repeat from metric to metric; every other text is unique.
    const texts = after.map((item) => plainTextFromHtml(contentOf(item))).filter((text) => text !== '' && !text.startsWith('today '));
    expect(new Set(texts).size).toBe(texts.length);
    expect((await bodies(board)).checkout).toBe('Energised · Curious · Ready');
  });

  test('sticky notes people put in the review frame stay, untouched; the next steps feed the Markdown', async () => {
    const board = await reviewBoard();
    const frame = board.reviewFrame();
    const region = contentRegionOnBoard(frame);
    const onTop = board.emulated.participant.addStickyNote({ text: 'Observation: data quality came up everywhere', x: region.boardX, y: region.boardY, parentId: frame.id });
    const nextStep = await board.add('review', 'nextSteps', 'Invite the CFO to the readout');
    const snapshotOf = (id: string) => JSON.stringify(board.item(id));
    const kept = [snapshotOf(onTop), snapshotOf(nextStep)];

    await generateReview(board.emulated.miro);
    await board.add('okrs', 'objective-1', 'Teams decide with data');
    const report = await generateReview(board.emulated.miro);

    expect([snapshotOf(onTop), snapshotOf(nextStep)]).toEqual(kept);
    expect(report.markdown).toMatch(/## Next steps\n\n- Invite the CFO to the readout\n\nOther notes on the review frame:\n\n- Observation: data quality came up everywhere/);
  });

  test('a generated item someone deleted comes back; ones someone moved away go back inside the region', async () => {
    const board = await reviewBoard();
    await fillBoard(board);
    await generateReview(board.emulated.miro);
    const [deleted, toEmptySpace, toOtherFrame] = (await board.generatedItems()).filter((item) => item.type === 'text');
    board.emulated.participant.remove(deleted!.id);
    board.emulated.participant.move(toEmptySpace!.id, toEmptySpace!.boardX, toEmptySpace!.boardY + 100_000);
    const checkout = board.item(board.frames.checkout!)!;
    board.emulated.participant.move(toOtherFrame!.id, checkout.boardX, checkout.boardY);
    expect(board.item(toOtherFrame!.id)!.parentId).toBe(checkout.id);

    const report = await generateReview(board.emulated.miro);
    // Those moved out are replaced by new children of the review frame; the deleted one is recreated.
    expect(report).toMatchObject({ created: 3, updated: 0, removed: 2 });
    expect(board.item(toOtherFrame!.id)).toBeUndefined();
    expect(board.item(toEmptySpace!.id)).toBeUndefined();
    const region = contentRegionOnBoard(board.reviewFrame());
    for (const item of await board.generatedItems()) {
      expect(item.parentId).toBe(board.frames.review);
      expect(liesWithin(item, region), String(item.props.content)).toBe(true);
    }
  });

  test('an empty board: every section says "nothing captured yet", no lints, no error', async () => {
    const board = await reviewBoard({ omit: ['checkout'] });
    const report = await generateReview(board.emulated.miro);
    const text = await bodies(board);
    for (const id of REVIEW_SECTION_IDS) expect(text[id], id).toBe(NOTHING);
    expect(report.lints).toEqual([]);
    expect(report.sections.every((section) => section.count === 0)).toBe(true);
    expect((await board.generatedItems()).some((item) => item.type === 'shape')).toBe(false);
    expect(report.markdown.match(/_Nothing captured yet\._/g)?.length).toBeGreaterThanOrEqual(10);
  });

  test('without a review frame it fails, telling the facilitator to build the board', async () => {
    const unbuilt = createEmulatedMiro();
    await expect(generateReview(unbuilt.miro)).rejects.toMatchObject({ name: 'NoReviewFrameError', message: expect.stringContaining('Build Accelerate board') });

    const board = await reviewBoard();
    board.emulated.participant.remove(board.frames.review!);
    await expect(generateReview(board.emulated.miro)).rejects.toThrow(/review frame is missing.*Build Accelerate board/);
  });

  test('every generated item lies inside the content region, also after the frame moved', async () => {
    const board = await reviewBoard();
    await fillBoard(board);
    await generateReview(board.emulated.miro);
    const frame = board.reviewFrame();
    board.emulated.participant.move(frame.id, frame.boardX + 777, frame.boardY - 333);
    const report = await generateReview(board.emulated.miro);
    expect(report.created).toBe(0);
    const region = contentRegionOnBoard(board.reviewFrame());
    const items = await board.generatedItems();
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(item.parentId).toBe(frame.id);
      expect(liesWithin(item, region), String(item.props.content)).toBe(true);
    }
  });
});
