import { reviewReport, type ReviewReport } from '../actions/reviewReport';
import { reviewBoardPages } from '../core/review/reviewBoardPages';
import { reviewPageFrameKey } from '../core/review/reviewPages';
import { reviewFromSnapshot } from '../core/review/reviewFromSnapshot';
import type { Review } from '../core/review/types';
import type { PlannedItem } from '../core/plan';
import type { CreateContext } from './createWidgets';
import { readMural, type MuralRead } from './readMural';
import type { MuralClient } from './restClient';
import { syncMuralReviewPages } from './syncMuralReviewPages';
import { areaNeedsCreates, withLeaseForCreates } from './withLeaseForCreates';
import { writeRecords } from './writeRecords';

export const NO_REVIEW_AREA = 'The review area is missing: click "Build Accelerate board" to restore it, then generate the review again.';

/** Named as on Miro (`NoReviewFrameError`), so the panel shows it as a step to take, not a failure. */
function noReviewArea(): Error {
  const error = new Error(NO_REVIEW_AREA);
  error.name = 'NoReviewFrameError';
  return error;
}

/**
 * *Generate review* on a mural: reads every widget once, computes the review in the pure core
 * (`reviewFromSnapshot`) and makes the app's widgets in the review area match `reviewBoardItems`,
 * in place (keys under `review/generated/`, recorded in the review area's record): only what
 * differs is written, so an unchanged re-run only reads. The build's preview uses the same keys,
 * so the first review rewrites it in place and removes what it no longer plans. People's widgets
 * in the review area are in no record: only read. A run with widgets to create holds the build
 * lease (two pages generating at once write one review).
 * A review longer than the area continues on page areas below it (`syncMuralReviewPages`).
 */
export async function reviewMural(client: MuralClient): Promise<ReviewReport> {
  const read = await readMural(client);
  if (!read.ownership.records.has('review')) throw noReviewArea();
  return withLeaseForCreates(client, read, {
    plan: ({ snapshot }) => {
      const review = reviewFromSnapshot(snapshot);
      return { review, pages: reviewBoardPages(review) };
    },
    needsCreates,
    run: (current, plan) => reviewFrom(client, current, plan),
  });
}

type ReviewPlan = { review: Review; pages: PlannedItem[][] };

/** Whether the review has a widget or a page area to create (only then is the lease worth its requests). */
function needsCreates(read: MuralRead, { pages }: ReviewPlan): boolean {
  const items = read.ownership.records.get('review')?.record.items ?? {};
  return areaNeedsCreates(read, 'review', pages.flat()) || pages.slice(1).some((_, index) => !read.widgets.has(items[reviewPageFrameKey(index + 2)] ?? ''));
}

async function reviewFrom(client: MuralClient, { widgets, ownership }: MuralRead, { review, pages }: ReviewPlan): Promise<ReviewReport> {
  const stored = ownership.records.get('review');
  if (!stored) throw noReviewArea();
  const items = { ...stored.record.items };
  const context: CreateContext = { client, claimed: new Set(widgets.keys()) };
  const reviewArea = widgets.get(stored.record.area);
  if (!reviewArea) throw noReviewArea();
  const { pageAreaIds, ...board } = await syncMuralReviewPages(context, { reviewArea, widgets, owned: ownership.owned, items, pages });
  await writeRecords(context, [{ activity: 'review', areaId: stored.record.area, origin: stored.record.origin, config: stored.record.config, items, stored }]);
  // The export files (and the YAML library) are loaded only when a review is generated.
  const { reviewExportFiles } = await import('../export/exportFiles');
  return reviewReport(review, reviewExportFiles(review), { frameId: stored.record.area, pageFrameIds: pageAreaIds, ...board, calls: client.stats.requests });
}
