/*
 * Role keys of what *Draw interaction map* records in the ledger:
 * - `dataProducts/link/<fromItemId>-><toItemId>`: a connector the app drew between two data products;
 * - `dataProducts/map/item/<node>`: a node (or the note) of the arranged copy in the map area;
 * - `dataProducts/map/link/<fromNode>-><toNode>`: a connector between two nodes of the copy.
 * `<node>` is `product/<itemId>`, `source/<name slug>` or `consumer/<name slug>`.
 * Items and links of the copy have separate prefixes because items are synced by prefix
 * (anything under the prefix that is not planned is removed).
 */

export const PRODUCT_LINK_PREFIX = 'dataProducts/link/';
export const MAP_ITEM_PREFIX = 'dataProducts/map/item/';
export const MAP_LINK_PREFIX = 'dataProducts/map/link/';
export const MAP_NOTE_KEY = `${MAP_ITEM_PREFIX}note`;

/** A node of the arranged copy, by kind and identity (item id for products, name slug otherwise). */
export type MapNodeId = `product/${string}` | `source/${string}` | `consumer/${string}`;

export function productLinkKey(fromItemId: string, toItemId: string): string {
  return `${PRODUCT_LINK_PREFIX}${fromItemId}->${toItemId}`;
}

export function mapItemKey(node: MapNodeId): string {
  return `${MAP_ITEM_PREFIX}${node}`;
}

export function mapLinkKey(from: MapNodeId, to: MapNodeId): string {
  return `${MAP_LINK_PREFIX}${from}->${to}`;
}
