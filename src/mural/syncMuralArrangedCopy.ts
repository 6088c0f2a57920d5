import type { InteractionMapAnalysis } from '../core/map/analyseInteractionMap';
import { planArrangedCopy, type ArrangedCopy } from '../core/map/arrangedCopy';
import { MAP_ITEM_PREFIX, MAP_LINK_PREFIX } from '../core/map/mapKeys';
import { areaFreeRegion } from '../core/map/mapRegion';
import { reconcileConnectors } from '../core/map/reconcileConnectors';
import type { PlannedItem } from '../core/plan';
import { AREA_TEXT } from '../core/workshop/areas';
import { areaKey } from '../core/workshop/keys';
import type { GraphLayout } from '../core/map/graphLayout';
import { arrowBody, createArrow } from './createArrow';
import type { CreateContext } from './createWidgets';
import { deleteWidget } from './deleteWidget';
import type { MuralRead } from './readMural';
import { syncAreaItems, type SyncCounts } from './syncAreaItems';
import { areaNeedsCreates } from './withLeaseForCreates';

export type MuralArrangeReport =
  | { items: SyncCounts; connectors: { created: number; removed: number; kept: number }; /** 1 unless shrunk to fit. */ scale: number }
  | { skipped: string };

/**
 * The app's laid-out copy of the interaction map in the interaction map area, regenerated in place:
 * boxes through `syncAreaItems` (only what differs is written), then one arrow per link of the copy
 * between the boxes (inside the data products area, ends referenced). Everything is recorded in the
 * data products area's record (`items`, mutated; the caller writes it). MURAL keeps an arrow whose
 * end was deleted (stale reference), so the boxes are synced FIRST and the arrows are compared with
 * the boxes' ids after it: an arrow whose box was made again is replaced, a stale one removed.
 */
export async function syncMuralArrangedCopy(
  context: CreateContext,
  /** `copy`: `arrangedCopyOf` this read, undefined when the interaction map area is gone. */
  args: { read: MuralRead; analysis: InteractionMapAnalysis; copy: ArrangedCopy | undefined; areaId: string; items: Record<string, string> },
): Promise<MuralArrangeReport> {
  const { read, analysis, copy, areaId, items } = args;
  if (!copy) return { skipped: 'The interaction map area is missing: click "Build Accelerate board" to restore it.' };

  const boxes = await syncAreaItems(context, { areaId, keyPrefix: MAP_ITEM_PREFIX, planned: copy.items, widgets: read.widgets, owned: read.ownership.owned, items });

  const changes = reconcileConnectors({
    prefix: MAP_LINK_PREFIX,
    wanted: copy.links.map((link) => ({ key: link.key, start: items[link.fromItemKey], end: items[link.toItemKey] })),
    recorded: items,
    connectors: analysis.connectors,
  });
  for (const key of changes.forget) delete items[key];
  for (const { key, connectorId } of changes.remove) {
    await deleteWidget(context.client, connectorId);
    delete items[key];
  }
  const planned = new Map<string, PlannedItem>(copy.items.map((item) => [item.key, item]));
  const links = new Map(copy.links.map((link) => [link.key, link]));
  let created = 0;
  for (const key of changes.create) {
    const link = links.get(key);
    const from = link && planned.get(link.fromItemKey);
    const to = link && planned.get(link.toItemKey);
    const startRefId = link && items[link.fromItemKey];
    const endRefId = link && items[link.toItemKey];
    if (!from || !to || !startRefId || !endRefId) continue;
    // Planned centres are in the area's space: the arrow lies inside the data products area.
    items[key] = await createArrow(context.client, context.claimed, arrowBody({ parentId: areaId, from, to, startRefId, endRefId }));
    created++;
  }
  return { items: boxes, connectors: { created, removed: changes.remove.length, kept: changes.kept.length }, scale: copy.scale };
}

/** The copy as planned on this read (area space), or undefined when the interaction map area is gone. */
export function arrangedCopyOf(read: MuralRead, analysis: InteractionMapAnalysis, layout: GraphLayout): ArrangedCopy | undefined {
  const region = areaFreeRegion(read.snapshot, { frameId: analysis.frameId, areaKey: areaKey('dataProducts', 'map'), text: AREA_TEXT.map, space: 'frame' });
  return region ? planArrangedCopy(analysis, region, layout) : undefined;
}

/** Whether syncing `copy` would create a box or an arrow (then the run holds the build lease). */
export function copyNeedsCreates(read: MuralRead, copy: ArrangedCopy): boolean {
  if (areaNeedsCreates(read, 'dataProducts', copy.items)) return true;
  const items = read.ownership.records.get('dataProducts')?.record.items ?? {};
  return copy.links.some((link) => {
    const arrow = read.widgets.get(items[link.key] ?? '');
    return !arrow || arrow.startRefId !== items[link.fromItemKey] || arrow.endRefId !== items[link.toItemKey];
  });
}
