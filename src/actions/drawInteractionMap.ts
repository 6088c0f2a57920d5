import type { Miro } from '@mirohq/websdk-types';
import { analyseInteractionMap, type InteractionMapAnalysis, type ProductRef } from '../core/map/analyseInteractionMap';
import type { AmbiguousName, UnresolvedReference } from '../core/map/interactionGraph';
import { PRODUCT_LINK_PREFIX, productLinkKey } from '../core/map/mapKeys';
import { reconcileConnectors } from '../core/map/reconcileConnectors';
import { createCallQueue } from '../miro/callQueue';
import { realClock, type Clock } from '../miro/clock';
import { isFrame } from '../miro/itemGuards';
import { persistingLedger } from '../miro/persistingLedger';
import { createConnectors, removeConnectors, type ConnectorCounts } from '../miro/map/applyConnectorChanges';
import { syncArrangedCopy, type ArrangeReport } from '../miro/map/syncArrangedCopy';
import { readBoard } from '../miro/readSnapshot';
import { oneAtATime } from './oneAtATime';
import { isMuralBoard, type MuralBoard } from '../mural/connectMural';
import { drawMuralInteractionMap } from '../mural/muralActions';

export type InteractionMapOptions = {
  /** Also regenerate the laid-out copy in the interaction map area (default true). */
  arrange?: boolean;
  clock?: Clock;
  /** Told Miro's lock message while the run waits for someone to stop editing an item, then null. */
  onWaitingForEdit?: (message: string | null) => void;
};

export type InteractionMapReport = {
  /** The data products, in reading order (top to bottom, left to right). */
  products: Array<ProductRef & { job: string; sources: string[]; consumers: string[]; owner: string }>;
  /** A → B (A feeds B) between data product item ids, with the connector that shows it. */
  edges: Array<{ from: string; to: string; connectorId: string; drawnBy: 'app' | 'participant'; written: boolean }>;
  /** Names that match no data product but look as if they meant one (a draft, or a near miss). */
  unresolved: UnresolvedReference[];
  /** Names two or more data products share; references to them draw nothing. */
  ambiguous: AmbiguousName[];
  cycles: Array<{ itemIds: string[]; names: string[] }>;
  /** Data products with no link to or from another data product. */
  isolated: ProductRef[];
  selfReferences: ProductRef[];
  /** Source names that are not data products, with the data products they feed. */
  sourceSystems: Array<{ name: string; feeds: string[] }>;
  /** Consumer names that are not data products, with the data products they consume. */
  consumers: Array<{ name: string; consumes: string[] }>;
  /** Board items and connectors this run created and removed, links and arranged copy together. */
  created: number;
  removed: number;
  /** The app's connectors between data products. */
  connectors: ConnectorCounts;
  /** The arranged copy; null when not asked for. */
  arranged: ArrangeReport | null;
  /** SDK calls this run made. */
  calls: number;
};

/**
 * Draws the interaction map: a connector (upstream → downstream, arrow at the end) for each link
 * the data products' text asks for, unless someone drew one already; removes the app's connectors
 * whose link is gone; then (unless `arrange: false`) regenerates the laid-out copy in the map
 * area. Reads the board once; an unchanged re-run only reads. People's items are never touched.
 * Runs after any action still running on this board client (`oneAtATime`).
 */
export function drawInteractionMap(miro: Miro | MuralBoard, options: InteractionMapOptions = {}): Promise<InteractionMapReport> {
  if (isMuralBoard(miro)) {
    // MURAL: the links as arrows, then the arranged copy in the interaction map area.
    return drawMuralInteractionMap(miro, options.arrange === false ? { arrange: false } : {}).then((run) =>
      report(run.analysis, run.recorded, { connectors: run.connectors, arranged: run.arranged, calls: run.calls }),
    );
  }
  return oneAtATime(miro, () => drawMap(miro, options));
}

async function drawMap(miro: Miro, options: InteractionMapOptions): Promise<InteractionMapReport> {
  const queue = createCallQueue({ clock: options.clock, onWaitingForEdit: options.onWaitingForEdit });
  const { items, snapshot } = await queue.run(550, () => readBoard(miro));
  const analysis = analyseInteractionMap(snapshot);
  const ledger = snapshot.ledger!;
  const { connectors, arranged } = await persistingLedger(miro, queue, options.clock ?? realClock, ledger, async () => {
    const changes = reconcileConnectors({ prefix: PRODUCT_LINK_PREFIX, wanted: analysis.wantedLinks, recorded: ledger.items, connectors: analysis.connectors });
    const removed = await removeConnectors(miro, queue, { changes, items, ledger });
    const wantedByKey = new Map(analysis.wantedLinks.map((link) => [link.key, link]));
    const toCreate = changes.create.flatMap((key) => {
      const link = wantedByKey.get(key);
      return link?.start && link.end ? [{ key, start: link.start, end: link.end }] : [];
    });
    const created = await createConnectors(miro, queue, { connectors: toCreate, ledger, items });

    let arranged: ArrangeReport | null = null;
    if (options.arrange ?? true) {
      const frame = items.get(analysis.frameId);
      if (!isFrame(frame)) throw new Error('The data products frame is missing: click "Build Accelerate board" to restore it.');
      arranged = await syncArrangedCopy(miro, queue, { frame, items, snapshot, analysis, ledger });
    }
    return { connectors: { created, removed, kept: changes.kept.length }, arranged };
  });
  return report(analysis, ledger.items, { connectors, arranged, calls: queue.stats.calls });
}

function report(
  analysis: InteractionMapAnalysis,
  recorded: Readonly<Record<string, string>>,
  run: { connectors: ConnectorCounts; arranged: ArrangeReport | null; calls: number },
): InteractionMapReport {
  const copy = run.arranged && 'items' in run.arranged ? run.arranged : undefined;
  return {
    products: analysis.products.map(({ itemId, name, job, sources, consumers, owner }) => ({ itemId, name, job, sources, consumers, owner })),
    edges: analysis.links.map((link) => {
      const drawn = link.drawnConnectorIds[0];
      return {
        from: link.from,
        to: link.to,
        connectorId: drawn ?? recorded[productLinkKey(link.from, link.to)] ?? '',
        drawnBy: drawn ? 'participant' : 'app',
        written: link.written,
      };
    }),
    unresolved: analysis.unresolved,
    ambiguous: analysis.ambiguous,
    cycles: analysis.cycles,
    isolated: analysis.isolated,
    selfReferences: analysis.selfReferences,
    sourceSystems: analysis.sourceSystems.map((node) => ({ name: node.name, feeds: node.productIds })),
    consumers: analysis.consumers.map((node) => ({ name: node.name, consumes: node.productIds })),
    created: run.connectors.created + (copy ? copy.items.created + copy.connectors.created : 0),
    removed: run.connectors.removed + (copy ? copy.items.removed + copy.connectors.removed : 0),
    connectors: run.connectors,
    arranged: run.arranged,
    calls: run.calls,
  };
}
