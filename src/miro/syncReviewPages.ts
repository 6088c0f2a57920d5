import type { Frame, Item, Miro } from '@mirohq/websdk-types';
import type { Ledger } from '../core/ledger';
import type { PlannedItem } from '../core/plan';
import { REVIEW_KEY_PREFIX } from '../core/review/reviewLayout';
import { MAX_REVIEW_PAGES, REVIEW_PAGE_FRAME, reviewPageFrameKey, reviewPageKeyPrefix, reviewPageTitle } from '../core/review/reviewPages';
import { FRAME_GAP } from '../core/layout/style';
import type { CallQueue } from './callQueue';
import { createReconciled } from './createReconciled';
import { isFrame, isPositioned } from './itemGuards';
import { removeItem } from './removeItem';
import { syncAppItems, type SyncCounts } from './syncAppItems';

/**
 * Makes the review's pages on the board match `pages` (from `reviewBoardPages`): page 1 in the
 * review frame, pages 2 and 3 in frames of their own below it, made when first needed and recorded
 * in the ledger (`review/pageFrame/<n>`). A page no longer needed loses the app's items; its frame
 * goes too unless someone put something in it (people's work is never removed with a frame).
 * Mutates `ledger` (the caller persists it). Returns the counts and the page frames' ids, page 1 first.
 */
export async function syncReviewPages(
  miro: Miro,
  queue: CallQueue,
  args: { reviewFrame: Frame; items: ReadonlyMap<string, Item>; ledger: Ledger; pages: readonly (readonly PlannedItem[])[] },
): Promise<SyncCounts & { pageFrameIds: string[] }> {
  const { reviewFrame, items, ledger, pages } = args;
  const counts = await syncAppItems(miro, queue, { frame: reviewFrame, items, ledger, keyPrefix: REVIEW_KEY_PREFIX, planned: pages[0] ?? [] });
  const add = (more: SyncCounts) => {
    counts.created += more.created;
    counts.updated += more.updated;
    counts.removed += more.removed;
  };
  const pageFrameIds = [reviewFrame.id];
  let above: Frame = reviewFrame;
  for (let page = 2; page <= MAX_REVIEW_PAGES; page++) {
    const planned = pages[page - 1];
    const frameKey = reviewPageFrameKey(page);
    const recorded = items.get(ledger.items[frameKey] ?? '');
    const existing = isFrame(recorded) ? recorded : undefined;
    if (!planned) {
      if (existing) {
        const apps = new Set(Object.values(ledger.items));
        add(await syncAppItems(miro, queue, { frame: existing, items, ledger, keyPrefix: reviewPageKeyPrefix(page), planned: [] }));
        if (!holdsPeoplesWork(existing, items, apps)) {
          await removeItem(miro, queue, existing);
          delete ledger.items[frameKey];
          counts.removed++;
        }
      } else {
        forgetPage(ledger, page);
      }
      continue;
    }
    let frame = existing;
    if (!frame) {
      forgetPage(ledger, page);
      frame = await createPageFrame(miro, queue, { above, title: reviewPageTitle(reviewFrame.title, page), items, ledger });
      ledger.items[frameKey] = frame.id;
      counts.created++;
    }
    add(await syncAppItems(miro, queue, { frame, items, ledger, keyPrefix: reviewPageKeyPrefix(page), planned }));
    pageFrameIds.push(frame.id);
    above = frame;
  }
  return { ...counts, pageFrameIds };
}

/** A page frame removed by someone: its records go (its items went with it). */
function forgetPage(ledger: Ledger, page: number): void {
  const prefix = reviewPageKeyPrefix(page);
  for (const key of Object.keys(ledger.items)) if (key.startsWith(prefix) || key === reviewPageFrameKey(page)) delete ledger.items[key];
}

/** Whether anything the app did not make (`apps`: its ids as the run read them) lies in the frame (attached to it). */
function holdsPeoplesWork(frame: Frame, items: ReadonlyMap<string, Item>, apps: ReadonlySet<string>): boolean {
  return [...items.values()].some((item) => isPositioned(item) && item.parentId === frame.id && !apps.has(item.id));
}

/**
 * A new page frame in the nearest free space below the frame above it (`findEmptySpace`, a frame
 * gap kept clear round it). Never created twice: a lost answer is taken back from the board.
 */
async function createPageFrame(
  miro: Miro,
  queue: CallQueue,
  args: { above: Frame; title: string; items: ReadonlyMap<string, Item>; ledger: Ledger },
): Promise<Frame> {
  const { above, title, items, ledger } = args;
  const { width, height, fillColor } = REVIEW_PAGE_FRAME;
  const space = await queue.run(50, () =>
    miro.board.findEmptySpace({
      x: Math.round(above.x - above.width / 2 + width / 2),
      y: Math.round(above.y + above.height / 2 + FRAME_GAP + height / 2),
      width,
      height,
      offset: FRAME_GAP / 2,
    }),
  );
  const at = { x: Math.round(space.x), y: Math.round(space.y) };
  const known = new Set([...items.keys(), ...Object.values(ledger.items), ...Object.values(ledger.frames)]);
  const [frame] = await createReconciled<Frame>(
    miro,
    queue,
    [
      {
        create: () => miro.board.createFrame({ title, x: at.x, y: at.y, width, height, style: { fillColor } }),
        madeIt: (item, centreOf) => {
          const centre = centreOf(item);
          return isFrame(item) && item.title === title && Math.abs(centre.x - at.x) < 1 && Math.abs(centre.y - at.y) < 1;
        },
      },
    ],
    known,
  );
  return frame!;
}
