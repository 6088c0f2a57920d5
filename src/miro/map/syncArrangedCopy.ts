import type { Frame, Item, Miro } from '@mirohq/websdk-types';
import type { Ledger } from '../../core/ledger';
import type { InteractionMapAnalysis } from '../../core/map/analyseInteractionMap';
import { planArrangedCopy } from '../../core/map/arrangedCopy';
import { MAP_ITEM_PREFIX, MAP_LINK_PREFIX } from '../../core/map/mapKeys';
import { areaFreeRegion } from '../../core/map/mapRegion';
import { reconcileConnectors } from '../../core/map/reconcileConnectors';
import type { BoardSnapshot } from '../../core/snapshot';
import { AREA_TEXT } from '../../core/workshop/areas';
import { areaKey } from '../../core/workshop/keys';
import type { CallQueue } from '../callQueue';
import { assertFitsInFrame } from '../frameFit';
import { syncAppItems, type SyncCounts } from '../syncAppItems';
import { createConnectors, removeConnectors, type ConnectorCounts } from './applyConnectorChanges';
import { loadDagreLayout } from '../../graphLayout/dagreLayout';

export type ArrangeReport =
  | { items: SyncCounts; connectors: ConnectorCounts; /** 1 unless the map was shrunk to fit its area. */ scale: number }
  | { skipped: string };

/**
 * Regenerates the app's laid-out copy of the map in the interaction map area, in place: nodes
 * through `syncAppItems` (only what differs changes), then the connectors between them. Stale
 * connectors go first, while both their ends are still on the board.
 */
export async function syncArrangedCopy(
  miro: Miro,
  queue: CallQueue,
  args: { frame: Frame; items: ReadonlyMap<string, Item>; snapshot: BoardSnapshot; analysis: InteractionMapAnalysis; ledger: Ledger },
): Promise<ArrangeReport> {
  const { frame, items, snapshot, analysis, ledger } = args;
  const region = areaFreeRegion(snapshot, { frameId: frame.id, areaKey: areaKey('dataProducts', 'map'), text: AREA_TEXT.map, space: 'frame' });
  if (!region) return { skipped: 'The interaction map area is missing: click "Build Accelerate board" to restore it.' };
  const copy = planArrangedCopy(analysis, region, await loadDagreLayout());
  // Before the stale connectors go, so a frame made too small leaves the copy as it was.
  assertFitsInFrame(frame, copy.items);

  const onBoard = (itemKey: string) => {
    const id = ledger.items[itemKey];
    return id !== undefined && items.has(id) ? id : undefined;
  };
  const changes = reconcileConnectors({
    prefix: MAP_LINK_PREFIX,
    wanted: copy.links.map((link) => ({ key: link.key, start: onBoard(link.fromItemKey), end: onBoard(link.toItemKey) })),
    recorded: ledger.items,
    connectors: analysis.connectors,
  });
  const removed = await removeConnectors(miro, queue, { changes, items, ledger });
  const itemCounts = await syncAppItems(miro, queue, { frame, items, ledger, keyPrefix: MAP_ITEM_PREFIX, planned: copy.items });

  const linkByKey = new Map(copy.links.map((link) => [link.key, link]));
  const toCreate = changes.create.flatMap((key) => {
    const link = linkByKey.get(key);
    const start = link && ledger.items[link.fromItemKey];
    const end = link && ledger.items[link.toItemKey];
    return start && end ? [{ key, start, end }] : [];
  });
  const created = await createConnectors(miro, queue, { connectors: toCreate, ledger, items });
  return { items: itemCounts, connectors: { created, removed, kept: changes.kept.length }, scale: copy.scale };
}
