import type { SnapshotItem } from '../snapshot';
import type { DataProduct, DraftProduct } from './findDataProducts';
import { namesLookAlike, normalizeName } from './names';

/** A → B: A feeds B. Ends are data product item ids. */
export type ProductLink = {
  from: string;
  to: string;
  /** B lists A among its sources, or A lists B among its consumers. */
  written: boolean;
  /** Connectors people drew between the two products that stand for this link. */
  drawnConnectorIds: string[];
};

/** A name outside the data products: a source system (feeds products) or a consumer (is fed by them). */
export type ExternalNode = { key: string; name: string; productIds: string[] };

export type UnresolvedReference = {
  /** The data product whose text holds the name. */
  itemId: string;
  name: string;
  /** `draft`: it names an item in the frame that is not a data product yet; `similar`: it looks like a data product's name mistyped. */
  reason: 'draft' | 'similar';
  /** The item it probably means. */
  candidateItemId: string;
  candidateName: string;
};

export type AmbiguousName = { name: string; itemIds: string[]; referencedBy: string[] };

export type InteractionGraph = {
  products: DataProduct[];
  links: ProductLink[];
  sourceSystems: ExternalNode[];
  consumers: ExternalNode[];
  /** Names that match no data product but look as if they meant one (they still count as source systems or consumers). */
  unresolved: UnresolvedReference[];
  /** Names two or more data products share; references to them draw no link. */
  ambiguous: AmbiguousName[];
  selfReferences: Array<{ itemId: string; name: string }>;
};

type Resolution = { kind: 'product'; product: DataProduct } | { kind: 'ambiguous' } | { kind: 'external' };

/**
 * The interaction map as a graph. A → B when B lists A among its sources or A lists B among its
 * consumers (once, however often it is written). Connectors people drew between two data products
 * are links too: one covers the written link in its direction, else the written link the other way
 * (people rarely mind arrowheads), else it is a link of its own, in the direction drawn.
 */
export function interactionGraph(
  products: readonly DataProduct[],
  drafts: readonly DraftProduct[],
  connectors: readonly SnapshotItem[],
): InteractionGraph {
  const byKey = new Map<string, DataProduct[]>();
  for (const product of products) byKey.set(product.key, [...(byKey.get(product.key) ?? []), product]);
  const resolve = (name: string): Resolution => {
    const matches = byKey.get(normalizeName(name)) ?? [];
    if (matches.length === 1) return { kind: 'product', product: matches[0]! };
    return matches.length > 1 ? { kind: 'ambiguous' } : { kind: 'external' };
  };

  const links = new Map<string, ProductLink>();
  const addLink = (from: string, to: string, written: boolean) => {
    const key = `${from}->${to}`;
    const link = links.get(key) ?? { from, to, written, drawnConnectorIds: [] };
    link.written ||= written;
    links.set(key, link);
    return link;
  };
  const sourceSystems = new Map<string, ExternalNode>();
  const consumers = new Map<string, ExternalNode>();
  const referencedBy = new Map<string, Set<string>>();
  const selfReferences: InteractionGraph['selfReferences'] = [];
  const unresolved: UnresolvedReference[] = [];
  const lookAlike = lookAlikeFinder(products, drafts);

  const reference = (product: DataProduct, name: string, role: 'source' | 'consumer') => {
    const resolution = resolve(name);
    if (resolution.kind === 'product') {
      const other = resolution.product;
      if (other.itemId === product.itemId) selfReferences.push({ itemId: product.itemId, name });
      else if (role === 'source') addLink(other.itemId, product.itemId, true);
      else addLink(product.itemId, other.itemId, true);
      return;
    }
    const key = normalizeName(name);
    if (resolution.kind === 'ambiguous') {
      referencedBy.set(key, (referencedBy.get(key) ?? new Set()).add(product.itemId));
      return;
    }
    const nodes = role === 'source' ? sourceSystems : consumers;
    const node = nodes.get(key) ?? { key, name, productIds: [] };
    if (!node.productIds.includes(product.itemId)) node.productIds.push(product.itemId);
    nodes.set(key, node);
    const candidate = lookAlike(key);
    if (candidate) unresolved.push({ itemId: product.itemId, name, ...candidate });
  };

  for (const product of products) {
    for (const source of product.sources) reference(product, source, 'source');
    for (const consumer of product.consumers) reference(product, consumer, 'consumer');
  }
  addDrawnConnectors(products, connectors, links, addLink);

  const ambiguous = [...byKey.values()]
    .filter((same) => same.length > 1)
    .map((same) => ({
      name: same[0]!.name,
      itemIds: same.map((product) => product.itemId),
      referencedBy: [...(referencedBy.get(same[0]!.key) ?? [])],
    }));
  return {
    products: [...products],
    links: [...links.values()],
    sourceSystems: [...sourceSystems.values()],
    consumers: [...consumers.values()],
    unresolved,
    ambiguous,
    selfReferences,
  };
}

function addDrawnConnectors(
  products: readonly DataProduct[],
  connectors: readonly SnapshotItem[],
  links: Map<string, ProductLink>,
  addLink: (from: string, to: string, written: boolean) => ProductLink,
): void {
  const productIds = new Set(products.map((product) => product.itemId));
  const between = connectors.filter(
    (connector) => connector.start && connector.end && connector.start !== connector.end && productIds.has(connector.start) && productIds.has(connector.end),
  );
  const pending: SnapshotItem[] = [];
  for (const connector of between) {
    const forward = links.get(`${connector.start}->${connector.end}`);
    if (forward?.written) forward.drawnConnectorIds.push(connector.id);
    else pending.push(connector);
  }
  for (const connector of pending) {
    const backward = links.get(`${connector.end}->${connector.start}`);
    if (backward?.written && backward.drawnConnectorIds.length === 0) backward.drawnConnectorIds.push(connector.id);
    else addLink(connector.start!, connector.end!, false).drawnConnectorIds.push(connector.id);
  }
}

/** The draft or data product a name that matches none probably meant. */
function lookAlikeFinder(products: readonly DataProduct[], drafts: readonly DraftProduct[]) {
  type Candidate = Pick<UnresolvedReference, 'reason' | 'candidateItemId' | 'candidateName'> | undefined;
  const draftByKey = new Map(drafts.map((draft) => [draft.key, draft]));
  const known = new Map<string, Candidate>();
  const find = (key: string): Candidate => {
    const draft = draftByKey.get(key);
    if (draft) return { reason: 'draft', candidateItemId: draft.itemId, candidateName: draft.name };
    const similar = products.find((product) => namesLookAlike(key, product.key));
    return similar ? { reason: 'similar', candidateItemId: similar.itemId, candidateName: similar.name } : undefined;
  };
  return (key: string): Candidate => {
    if (!known.has(key)) known.set(key, find(key));
    return known.get(key);
  };
}
