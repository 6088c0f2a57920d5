import { describe, expect, test } from 'vitest';
import { generateReview } from '../../src/actions/generateReview';
import { plainTextFromHtml } from '../../src/core/html';
import { FRAME_GAP, FRAME_PADDING } from '../../src/core/layout/style';
import { REVIEW_PAGE_FRAME } from '../../src/core/review/reviewPages';
import type { ItemView } from '../../src/emulator/types';
import { readSnapshot } from '../../src/miro/readSnapshot';
import { clickUntilDone } from '../reliability/helpers';
import { boardShape } from '../support/boardShape';
import { contentOf, contentRegionOnBoard, liesWithin, reviewBoard, reviewItemId, type ReviewBoard } from './helpers';

/** Far more than one review frame holds: 50 posts, 30 challenges, 200 check-out words, 25 use cases, 3 × 10 OKRs, 16 data products. */
async function veryFullBoard(board: ReviewBoard): Promise<void> {
  for (let i = 0; i < 50; i++) await board.add('futurespective', 'posts', `Post ${i}: ${'we ship data products every week '.repeat(3)}`);
  for (let i = 0; i < 30; i++) await board.add('principles', 'federatedGovernance', `Challenge ${i}: standards nobody follows`);
  for (let i = 0; i < 200; i++) await board.add('checkout', 'words', `word${i}`);
  for (let i = 0; i < 25; i++) await board.add('useCases', 'selected', `We believe that use case ${i} will help achieving goal ${i}`);
  for (let i = 1; i <= 3; i++) for (let k = 0; k < 10; k++) await board.add('okrs', `objective-${i}`, k === 0 ? `Outcome ${i}` : `KR ${k}: ${k}0 % more`);
  for (let i = 0; i < 16; i++) await board.add('dataProducts', 'products', `Product ${i}\nJob: job ${i}\nSources: Product ${i + 1}\nOwner: Team ${i}`);
}

/** A section's text on every page, in order (`<section>/body`, `/body/2`, … wherever they are). */
async function sectionText(board: ReviewBoard, section: string): Promise<string> {
  const { ledger } = await readSnapshot(board.emulated.miro);
  const parts: string[] = [];
  for (let part = 1, id; (id = reviewItemId(ledger!.items, `${section}/body${part === 1 ? '' : `/${part}`}`)); part++) parts.push(plainTextFromHtml(contentOf(board.item(id)!)));
  return parts.join('\n');
}

const frames = (board: ReviewBoard) => board.emulated.items().filter((item) => item.type === 'frame');
const overlap = (a: ItemView, b: ItemView) => Math.abs(a.boardX - b.boardX) < (a.width + b.width) / 2 && Math.abs(a.boardY - b.boardY) < (a.height + b.height) / 2;
const inset = (frame: ItemView) => ({ boardX: frame.boardX, boardY: frame.boardY, width: frame.width - 2 * FRAME_PADDING, height: frame.height - 2 * FRAME_PADDING });

describe('a review longer than the review frame continues on page frames', () => {
  test('every section whole, each page inside its frame, the page frames below the review frame and clear of every other frame', async () => {
    const board = await reviewBoard();
    await veryFullBoard(board);
    const framesBefore = frames(board);

    const report = await generateReview(board.emulated.miro);

    expect(report.pageFrameIds.length).toBeGreaterThanOrEqual(2);
    expect(report.pageFrameIds[0]).toBe(board.frames.review);
    const review = board.reviewFrame();
    const pages = report.pageFrameIds.slice(1).map((id) => board.item(id)!);
    for (const [index, page] of pages.entries()) {
      expect(page.props.title).toBe(`${review.props.title} · page ${index + 2}`);
      expect([page.width, page.height]).toEqual([REVIEW_PAGE_FRAME.width, REVIEW_PAGE_FRAME.height]);
      expect(page.boardY - page.height / 2).toBeGreaterThanOrEqual(review.boardY + review.height / 2 + FRAME_GAP / 2);
      for (const other of [...framesBefore, ...pages]) if (other.id !== page.id) expect(overlap(page, other), `${page.props.title} vs ${other.props.title}`).toBe(false);
    }
    // Nothing cut: shown = written, per section.
    expect((await sectionText(board, 'futurespective')).match(/^• Post \d+/gm)).toHaveLength(50);
    expect((await sectionText(board, 'principles')).match(/^• Challenge \d+/gm)).toHaveLength(30);
    expect((await sectionText(board, 'checkout')).match(/word\d+/g)).toHaveLength(200);
    expect((await sectionText(board, 'useCases')).match(/^\d+\. ★ use case/gm)).toHaveLength(25);
    expect((await sectionText(board, 'dataProducts')).match(/^Job: job/gm)).toHaveLength(16);
    for (const section of ['futurespective', 'principles', 'checkout', 'useCases', 'dataProducts', 'okrs']) {
      expect(await sectionText(board, section), section).not.toMatch(/\+\d+ more/);
    }
    // Each item attached to its page and inside that page's region; each page titled with its number.
    const pageOf = new Map(report.pageFrameIds.map((id, index) => [id, index]));
    const onPage = report.pageFrameIds.map(() => 0);
    for (const item of await board.generatedItems()) {
      const page = pageOf.get(item.parentId ?? '');
      expect(page, plainTextFromHtml(contentOf(item)).slice(0, 60)).toBeDefined();
      onPage[page!]!++;
      const region = page === 0 ? contentRegionOnBoard(review) : inset(board.item(item.parentId!)!);
      expect(liesWithin(item, region), plainTextFromHtml(contentOf(item)).slice(0, 60)).toBe(true);
    }
    expect(onPage.every((count) => count > 1)).toBe(true);
    const titles = (await board.generatedItems()).map((item) => plainTextFromHtml(contentOf(item))).filter((text) => text.startsWith('Workshop review'));
    expect(titles.sort()).toEqual(report.pageFrameIds.map((_, index) => `Workshop review (page ${index + 1} of ${report.pageFrameIds.length})`));

    // Regenerated unchanged: nothing written, no second page frame.
    const again = await generateReview(board.emulated.miro);
    expect([again.created, again.updated, again.removed]).toEqual([0, 0, 0]);
    expect(again.pageFrameIds).toEqual(report.pageFrameIds);
  });

  test('when the review shrinks, the page frames go with the app’s items; one holding a participant’s note stays, the note untouched', async () => {
    const board = await reviewBoard();
    await veryFullBoard(board);
    const first = await generateReview(board.emulated.miro);
    const [, page2, page3] = first.pageFrameIds;
    expect(page3, 'the very full board needs three pages').toBeDefined();
    const frame3 = board.item(page3!)!;
    const note = board.emulated.participant.addStickyNote({ text: 'Keep this: asked by the CFO', x: frame3.boardX, y: frame3.boardY + frame3.height / 2 - 200, parentId: page3! });
    const noteBefore = board.item(note);

    // The posts, words and challenges are taken off the board: the review fits one page again.
    for (const item of board.emulated.items()) {
      const text = typeof item.props.content === 'string' ? plainTextFromHtml(item.props.content) : '';
      if (item.type === 'sticky_note' && /^(Post|Challenge|word|We believe|KR|Outcome|Product)/.test(text)) board.emulated.participant.remove(item.id);
    }
    const report = await generateReview(board.emulated.miro);

    expect(report.pageFrameIds).toEqual([board.frames.review]);
    expect(board.item(page2!)).toBeUndefined();
    expect(board.item(page3!)).toBeDefined();
    expect(board.item(note)).toEqual(noteBefore);
    expect(board.emulated.items().filter((item) => item.parentId === page3)).toEqual([noteBefore]);
    const { ledger } = await readSnapshot(board.emulated.miro);
    expect(Object.keys(ledger!.items).filter((key) => key.startsWith('review/page/'))).toEqual([]);
  });

  test('a page frame someone deleted is made again on the next run', async () => {
    const board = await reviewBoard();
    await veryFullBoard(board);
    const first = await generateReview(board.emulated.miro);
    board.emulated.participant.remove(first.pageFrameIds[1]!);

    const report = await generateReview(board.emulated.miro);

    expect(report.pageFrameIds).toHaveLength(first.pageFrameIds.length);
    expect(board.item(report.pageFrameIds[1]!)?.props.title).toBe(`${board.reviewFrame().props.title} · page 2`);
    expect(board.emulated.items().filter((item) => item.parentId === report.pageFrameIds[1]).length).toBeGreaterThan(1);
  });

  test('with 10 % of answers lost, three clicks give one frame per page and the same review as a clean run', async () => {
    const clean = await reviewBoard();
    await veryFullBoard(clean);
    await generateReview(clean.emulated.miro);
    const expected = boardShape(clean.emulated);
    // Other suites run 20 seeds over every action; seed 6 loses the answer to a page frame's create (a blind re-create doubles it).
    for (const seed of [6]) {
      const board = await reviewBoard(undefined, { lostAnswerRate: 0.1, seed });
      await veryFullBoard(board);
      const failuresBefore = board.emulated.stats().failures;
      await clickUntilDone(() => generateReview(board.emulated.miro), 3);
      expect(board.emulated.stats().failures, `seed ${seed}`).toBeGreaterThan(failuresBefore);
      expect(boardShape(board.emulated), `seed ${seed}`).toEqual(expected);
    }
  });
});
