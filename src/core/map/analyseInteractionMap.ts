import type { BoardSnapshot, SnapshotItem } from '../snapshot';
import { cyclesOf } from './cycles';
import { findDataProducts, type DraftProduct } from './findDataProducts';
import { interactionGraph, type InteractionGraph } from './interactionGraph';
import { productLinkKey } from './mapKeys';
import type { WantedConnector } from './reconcileConnectors';

export type ProductRef = { itemId: string; name: string };

export type InteractionMapAnalysis = InteractionGraph & {
  frameId: string;
  drafts: DraftProduct[];
  /** Groups of data products that feed each other in a circle, in reading order. */
  cycles: Array<{ itemIds: string[]; names: string[] }>;
  /** Data products with no link to or from another data product. */
  isolated: ProductRef[];
  /** The connectors the app draws between data products: written links nobody has drawn by hand. */
  wantedLinks: WantedConnector[];
  /** Every connector on the board, by id. */
  connectors: ReadonlyMap<string, SnapshotItem>;
};

/**
 * Everything *Draw interaction map* knows before it touches the board: the data products, the
 * graph, what to report and which connectors the app wants. Connectors people drew are those
 * not recorded in the ledger.
 */
export function analyseInteractionMap(snapshot: BoardSnapshot): InteractionMapAnalysis {
  const { frameId, products, drafts } = findDataProducts(snapshot);
  const appItems = new Set(Object.values(snapshot.ledger?.items ?? {}));
  const connectors = new Map(snapshot.items.filter((item) => item.type === 'connector').map((item) => [item.id, item]));
  const peoplesConnectors = [...connectors.values()].filter((connector) => !appItems.has(connector.id));
  const graph = interactionGraph(products, drafts, peoplesConnectors);

  const nameOf = new Map(products.map((product) => [product.itemId, product.name]));
  const ids = products.map((product) => product.itemId);
  const cycles = cyclesOf(ids, graph.links).map((itemIds) => ({ itemIds, names: itemIds.map((id) => nameOf.get(id) ?? '') }));
  const linked = new Set(graph.links.flatMap((link) => [link.from, link.to]));
  const isolated = products.filter((product) => !linked.has(product.itemId)).map(({ itemId, name }) => ({ itemId, name }));
  const wantedLinks = graph.links
    .filter((link) => link.written && link.drawnConnectorIds.length === 0)
    .map((link) => ({ key: productLinkKey(link.from, link.to), start: link.from, end: link.to }));
  return { ...graph, frameId, drafts, cycles, isolated, wantedLinks, connectors };
}
