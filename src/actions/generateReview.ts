import type { Miro } from '@mirohq/websdk-types';
import { reviewExportFiles } from '../export/exportFiles';
import { reviewBoardPages } from '../core/review/reviewBoardPages';
import { reviewFromSnapshot } from '../core/review/reviewFromSnapshot';
import { createCallQueue } from '../miro/callQueue';
import { realClock, type Clock } from '../miro/clock';
import { isFrame } from '../miro/itemGuards';
import { persistingLedger } from '../miro/persistingLedger';
import { readBoard } from '../miro/readSnapshot';
import { syncReviewPages } from '../miro/syncReviewPages';
import { oneAtATime } from './oneAtATime';
import { reviewReport, type ReviewReport } from './reviewReport';
import { isMuralBoard, type MuralBoard } from '../mural/connectMural';
import { generateMuralReview } from '../mural/muralActions';

export type ReviewOptions = {
  clock?: Clock;
  /** Told Miro's lock message while the run waits for someone to stop editing an item, then null. */
  onWaitingForEdit?: (message: string | null) => void;
};

export type { ReviewReport } from './reviewReport';

export class NoReviewFrameError extends Error {
  constructor() {
    super('The review frame is missing: click "Build Accelerate board" to restore it, then generate the review again.');
    this.name = 'NoReviewFrameError';
  }
}

/**
 * Writes the review into the review frame from what is on the board: reads the board once, computes
 * the review in the pure core, and makes the app's review items match it. Only items the app made
 * under `review/generated/` change; people's notes (in the review frame too) are only read.
 * Runs after any action still running on this board client (`oneAtATime`).
 * `miro` may also be a mural (`connectMural(…)`): the review area, ids are MURAL widget ids.
 */
export function generateReview(miro: Miro | MuralBoard, options: ReviewOptions = {}): Promise<ReviewReport> {
  if (isMuralBoard(miro)) return generateMuralReview(miro);
  return oneAtATime(miro, () => review(miro, options));
}

async function review(miro: Miro, options: ReviewOptions): Promise<ReviewReport> {
  const queue = createCallQueue({ clock: options.clock, onWaitingForEdit: options.onWaitingForEdit });
  const { items, snapshot } = await queue.run(550, () => readBoard(miro));
  const ledger = snapshot.ledger;
  const frame = items.get(ledger?.frames.review ?? '');
  if (!ledger || !isFrame(frame)) throw new NoReviewFrameError();

  const review = reviewFromSnapshot(snapshot);
  const { pageFrameIds, ...board } = await persistingLedger(miro, queue, options.clock ?? realClock, ledger, () =>
    syncReviewPages(miro, queue, { reviewFrame: frame, items, ledger, pages: reviewBoardPages(review) }),
  );

  return reviewReport(review, reviewExportFiles(review), { frameId: frame.id, pageFrameIds, ...board, calls: queue.stats.calls });
}
