import { analyseInteractionMap, type InteractionMapAnalysis } from '../core/map/analyseInteractionMap';
import { PRODUCT_LINK_PREFIX } from '../core/map/mapKeys';
import { reconcileConnectors } from '../core/map/reconcileConnectors';
import { arrowBody, createArrow } from './createArrow';
import type { CreateContext } from './createWidgets';
import { deleteWidget } from './deleteWidget';
import { loadDagreLayout } from '../graphLayout/dagreLayout';
import { readMural, type MuralRead } from './readMural';
import type { MuralClient } from './restClient';
import { arrangedCopyOf, copyNeedsCreates, syncMuralArrangedCopy, type MuralArrangeReport } from './syncMuralArrangedCopy';
import type { ArrangedCopy } from '../core/map/arrangedCopy';
import { withLeaseForCreates } from './withLeaseForCreates';
import { writeRecords } from './writeRecords';

export type MuralMapRun = {
  analysis: InteractionMapAnalysis;
  /** The ledger's items as read (role key → widget id), for the report's connector ids. */
  recorded: Readonly<Record<string, string>>;
  connectors: { created: number; removed: number; kept: number };
  /** The arranged copy in the interaction map area; null when not asked for. */
  arranged: MuralArrangeReport | null;
  calls: number;
};

/**
 * *Draw interaction map* on a mural: one arrow per link the data products' text asks for and nobody
 * drew (start = upstream, `startRefId`/`endRefId` set), the app's arrows whose link is gone removed,
 * people's arrows kept and counted (the core reads them as connectors). The arrows' ids go into the
 * data products area's record, as the build's widgets do. Then (unless `arrange: false`) the
 * arranged copy in the interaction map area (`syncMuralArrangedCopy`). An unchanged re-run only reads.
 */
export async function drawMuralMap(client: MuralClient, options: { arrange?: boolean } = {}): Promise<MuralMapRun> {
  const read = await readMural(client);
  // dagre is loaded only when the copy is drawn.
  const layout = options.arrange === false ? undefined : await loadDagreLayout();
  return withLeaseForCreates(client, read, {
    // Analysed and laid out once per read (dagre is the costly part).
    plan: (current) => {
      if (!current.snapshot.ledger) return undefined;
      const analysis = analyseInteractionMap(current.snapshot);
      return { analysis, copy: layout ? arrangedCopyOf(current, analysis, layout) : undefined };
    },
    needsCreates: mapNeedsCreates,
    run: (current, plan) => drawFrom(client, current, plan, layout !== undefined),
  });
}

type MapPlan = { analysis: InteractionMapAnalysis; copy: ArrangedCopy | undefined } | undefined;

/** Whether this run would create an arrow or a box: only then does it hold the build lease (two pages drawing at once draw once). */
function mapNeedsCreates(read: MuralRead, plan: MapPlan): boolean {
  const ledger = read.snapshot.ledger;
  if (!plan || !ledger || !read.ownership.records.has('dataProducts')) return false;
  const { analysis, copy } = plan;
  const changes = reconcileConnectors({ prefix: PRODUCT_LINK_PREFIX, wanted: analysis.wantedLinks, recorded: ledger.items, connectors: analysis.connectors });
  if (changes.create.length > 0) return true;
  return copy !== undefined && copyNeedsCreates(read, copy);
}

async function drawFrom(client: MuralClient, read: MuralRead, plan: MapPlan, arrange: boolean): Promise<MuralMapRun> {
  const ledger = read.snapshot.ledger;
  if (!ledger || !plan) throw new Error('This mural has no Accelerate board yet: click "Build Accelerate board" first.');
  const { analysis, copy } = plan;
  const stored = [...read.ownership.records.values()].find((record) => record.record.area === analysis.frameId);
  if (!stored) throw new Error('The data products area is missing: click "Build Accelerate board" to restore it.');
  const changes = reconcileConnectors({ prefix: PRODUCT_LINK_PREFIX, wanted: analysis.wantedLinks, recorded: ledger.items, connectors: analysis.connectors });
  const items: Record<string, string> = { ...stored.record.items };
  for (const key of changes.forget) delete items[key];

  for (const { key, connectorId } of changes.remove) {
    await deleteWidget(client, connectorId);
    delete items[key];
  }

  const centre = new Map(read.snapshot.items.map((item) => [item.id, item]));
  const wanted = new Map(analysis.wantedLinks.map((link) => [link.key, link]));
  const context: CreateContext = { client, claimed: new Set(read.widgets.keys()) };
  let created = 0;
  for (const key of changes.create) {
    const link = wanted.get(key);
    const from = link?.start ? centre.get(link.start) : undefined;
    const to = link?.end ? centre.get(link.end) : undefined;
    if (!link?.start || !link.end || !from || !to) continue;
    // At the mural's root, in mural coordinates (the products may lie in areas of their own).
    items[key] = await createArrow(client, context.claimed, arrowBody({ from, to, startRefId: link.start, endRefId: link.end }));
    created++;
  }

  const arranged = arrange ? await syncMuralArrangedCopy(context, { read, analysis, copy, areaId: stored.record.area, items }) : null;

  await writeRecords(context, [
    { activity: stored.record.activity, areaId: stored.record.area, origin: stored.record.origin, config: stored.record.config, items, stored },
  ]);
  return { analysis, recorded: items, connectors: { created, removed: changes.remove.length, kept: changes.kept.length }, arranged, calls: client.stats.requests };
}
