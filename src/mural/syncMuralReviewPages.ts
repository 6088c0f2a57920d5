import { FRAME_GAP } from '../core/layout/style';
import type { PlannedItem } from '../core/plan';
import { REVIEW_KEY_PREFIX } from '../core/review/reviewLayout';
import { MAX_REVIEW_PAGES, REVIEW_PAGE_FRAME, reviewPageFrameKey, reviewPageKeyPrefix, reviewPageTitle } from '../core/review/reviewPages';
import { createArea, type CreateContext } from './createWidgets';
import { deleteWidget } from './deleteWidget';
import { isAppMetadata } from './ownershipRecord';
import { syncAreaItems, type SyncCounts } from './syncAreaItems';
import { areaBody } from './widgetDrafts';
import { heightOf, type MuralWidgetRead } from './widgetModel';
import { muralAbsolutePointFrom } from './geometry';

type Rect = { x: number; y: number; width: number; height: number };

/**
 * The review on its pages on a mural, as on Miro (`src/miro/syncReviewPages.ts`): page 1 in the
 * review area; pages 2 and 3, when the core asks for them, in root areas of their own below it,
 * recorded in the review area's record (`review/pageFrame/<n>` → area id, the page's widgets under
 * `review/page/<n>/`). MURAL has no free-space search: a page goes below the area above it, lower
 * still while anything at the root is in the way. A page no longer needed loses the app's widgets;
 * its area is deleted only when nothing of anyone else's is in it. Mutates `items`.
 */
export async function syncMuralReviewPages(
  context: CreateContext,
  args: { reviewArea: MuralWidgetRead; widgets: ReadonlyMap<string, MuralWidgetRead>; owned: ReadonlySet<string>; items: Record<string, string>; pages: readonly (readonly PlannedItem[])[] },
): Promise<SyncCounts & { pageAreaIds: string[] }> {
  const { reviewArea, widgets, owned, items, pages } = args;
  const counts = await syncAreaItems(context, { areaId: reviewArea.id, keyPrefix: REVIEW_KEY_PREFIX, planned: pages[0] ?? [], widgets, owned, items });
  const add = (more: SyncCounts) => {
    counts.created += more.created;
    counts.updated += more.updated;
    counts.removed += more.removed;
  };
  const pageAreaIds = [reviewArea.id];
  let above: Rect = { x: reviewArea.x, y: reviewArea.y, width: reviewArea.width, height: heightOf(reviewArea) };
  for (let page = 2; page <= MAX_REVIEW_PAGES; page++) {
    const planned = pages[page - 1];
    const areaKey = reviewPageFrameKey(page);
    const existing = widgets.get(items[areaKey] ?? '');
    const area = existing?.type === 'area' ? existing : undefined;
    if (!planned) {
      if (area) {
        add(await syncAreaItems(context, { areaId: area.id, keyPrefix: reviewPageKeyPrefix(page), planned: [], widgets, owned, items }));
        if (!holdsPeoplesWork(area, widgets, owned)) {
          await deleteWidget(context.client, area.id);
          counts.removed++;
          delete items[areaKey];
        }
      } else forgetPage(items, page);
      continue;
    }
    let areaId = area?.id;
    const rect: Rect = area ? { x: area.x, y: area.y, width: area.width, height: heightOf(area) } : freeSpotBelow(above, widgets);
    if (!areaId) {
      forgetPage(items, page);
      const body = areaBody({ activity: 'review', title: reviewPageTitle(reviewArea.title ?? 'Review', page), x: 0, y: 0, items: [], ...REVIEW_PAGE_FRAME }, muralAbsolutePointFrom(rect.x, rect.y));
      areaId = await createArea(context, body);
      items[areaKey] = areaId;
      counts.created++;
    }
    add(await syncAreaItems(context, { areaId, keyPrefix: reviewPageKeyPrefix(page), planned, widgets, owned, items }));
    pageAreaIds.push(areaId);
    above = rect;
  }
  return { ...counts, pageAreaIds };
}

/** A page's area someone deleted: its records go (MURAL deleted its widgets with it). */
function forgetPage(items: Record<string, string>, page: number): void {
  const prefix = reviewPageKeyPrefix(page);
  for (const key of Object.keys(items)) if (key.startsWith(prefix) || key === reviewPageFrameKey(page)) delete items[key];
}

/** Whether a widget no record names (people's) sits in the area. */
function holdsPeoplesWork(area: MuralWidgetRead, widgets: ReadonlyMap<string, MuralWidgetRead>, owned: ReadonlySet<string>): boolean {
  return [...widgets.values()].some((widget) => widget.parentId === area.id && !owned.has(widget.id) && !isAppMetadata(widget));
}

/** Below `above`, a frame gap apart, moved down a page at a time while a root widget is within half a gap of it. */
function freeSpotBelow(above: Rect, widgets: ReadonlyMap<string, MuralWidgetRead>): Rect {
  const roots = [...widgets.values()].filter((widget) => widget.parentId === undefined && !isAppMetadata(widget) && widget.type !== 'arrow');
  const margin = FRAME_GAP / 2;
  let spot: Rect = { x: above.x, y: above.y + above.height + FRAME_GAP, width: REVIEW_PAGE_FRAME.width, height: REVIEW_PAGE_FRAME.height };
  const blocked = (rect: Rect) =>
    roots.some((widget) => widget.x < rect.x + rect.width + margin && rect.x - margin < widget.x + widget.width && widget.y < rect.y + rect.height + margin && rect.y - margin < widget.y + heightOf(widget));
  while (blocked(spot)) spot = { ...spot, y: spot.y + spot.height + FRAME_GAP };
  return spot;
}
